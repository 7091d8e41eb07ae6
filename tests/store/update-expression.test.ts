import { describe, expect, it } from "vitest";
import { withFullProgression } from "../../bench/seasoned-user";
import { changedFieldsUpdate } from "../../lambda/store/update-expression";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";
import { PAUSED_HIIT } from "../support/stored-records";

/** The UpdateItem a save sends over a clean item: the changed top-level fields, nothing else. */

const paused = PAUSED_HIIT;
const seasoned: UserRecord = {
  ...withFullProgression(NEW_USER),
  disclaimerHeard: true,
  profile: { ageYears: 40, heightCm: 170 },
  tips: { heard: { protein: ["protein-1"] }, lastTipId: "protein-1", lastTopic: "protein" },
  progress: paused,
  progressAt: "2026-11-22T09:00:00.000Z",
  handsFree: true,
};

/** Which field each placeholder stands for, and what is set to what. */
function decoded(update: ReturnType<typeof changedFieldsUpdate>) {
  const names = update.ExpressionAttributeNames ?? {};
  const [setPart = "", removePart = ""] = update.UpdateExpression.replace(/^SET /, "").split(
    " REMOVE ",
  );
  const set = Object.fromEntries(
    setPart.split(", ").map((assignment) => {
      const [name = "", value = ""] = assignment.split(" = ");
      return [names[name] ?? name, update.ExpressionAttributeValues[value]];
    }),
  );
  const removed = removePart ? removePart.split(", ").map((name) => names[name]) : [];
  return { set, removed };
}

describe("changedFieldsUpdate", () => {
  it("sets only the fields that moved, and the next version, on the version read", () => {
    const next: UserRecord = {
      ...seasoned,
      progress: { ...paused, segmentIndex: 3 },
      progressAt: "2026-11-22T09:01:00.000Z",
      variety: { praise: 2 },
    };
    const update = changedFieldsUpdate(seasoned, next, 7);
    // Object fields as the item stores them, their JSON text (item-codec.ts); scalars as they are.
    expect(decoded(update)).toEqual({
      set: {
        progress: JSON.stringify(next.progress),
        progressAt: "2026-11-22T09:01:00.000Z",
        variety: '{"praise":2}',
        version: 8,
      },
      removed: [],
    });
    expect(update.ConditionExpression).toBe("version = :expected");
    expect(update.ExpressionAttributeValues[":expected"]).toBe(7);
    // The progression record, the profile and the tips stay where they are: not in the request.
    expect(Object.values(update.ExpressionAttributeNames ?? {})).not.toContain("progression");
    expect(JSON.stringify(update).length).toBeLessThan(
      JSON.stringify(seasoned.progression).length / 4,
    );
  });

  it("removes the fields the record no longer has", () => {
    const { progress: _done, handsFree: _off, ...finished } = seasoned;
    const next: UserRecord = { ...finished, progressAt: "2026-11-22T09:20:00.000Z" };
    expect(decoded(changedFieldsUpdate(seasoned, next, 3))).toEqual({
      set: { progressAt: "2026-11-22T09:20:00.000Z", version: 4 },
      removed: ["progress", "handsFree"],
    });
  });

  it("treats a field set to undefined as gone, as the stored JSON would have it", () => {
    const next: UserRecord = { ...seasoned, handsFree: undefined } as unknown as UserRecord;
    expect(decoded(changedFieldsUpdate(seasoned, next, 1)).removed).toEqual(["handsFree"]);
  });

  it("puts no field name into the expression text, only placeholders", () => {
    const next: UserRecord = {
      ...NEW_USER,
      disclaimerHeard: true,
      equipment: "band",
      pace: 1.2,
      feedbackTiming: "end",
    };
    const update = changedFieldsUpdate(seasoned, next, 1);
    const text = `${update.UpdateExpression} ${update.ConditionExpression}`;
    for (const field of Object.keys({ ...seasoned, ...next }))
      expect(text).not.toMatch(new RegExp(`\\b${field}\\b`));
    // Every placeholder the text uses is defined, and every one defined is used (DynamoDB
    // refuses both an undefined and an unused one).
    const used = new Set(text.match(/[#:][a-z]+\d*/g));
    expect(used).toEqual(
      new Set([
        ...Object.keys(update.ExpressionAttributeNames ?? {}),
        ...Object.keys(update.ExpressionAttributeValues),
      ]),
    );
  });

  it("with nothing changed, counts the version up and sends no names at all", () => {
    const update = changedFieldsUpdate(seasoned, seasoned, 5);
    expect(update.UpdateExpression).toBe("SET version = :next");
    expect(update).not.toHaveProperty("ExpressionAttributeNames");
    expect(update.ExpressionAttributeValues).toEqual({ ":expected": 5, ":next": 6 });
  });
});
