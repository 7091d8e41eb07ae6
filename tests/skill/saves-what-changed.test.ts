import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFullProgression } from "../../bench/seasoned-user";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";
import { changedFields } from "../../lambda/store/user-store";
import { parseSessionState } from "../../lambda/turn/parse-session-state";
import type { SessionState } from "../../lambda/turn/session-state";
import { type SentRequest, sortKeyOf } from "../support/local-table";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * A save updates only the fields a turn changed, over the base the session carried back. What
 * the session believes is stored must be what is stored, turn after turn, or the next update
 * would be computed against a record that is not there.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

function stateOf(response: ResponseEnvelope): SessionState {
  const state = parseSessionState(
    response.sessionAttributes?.backCoach,
    "2026-11-22T12:00:00.000Z",
  );
  if (!state) throw new Error("the skill sent back no state it can read");
  return state;
}

/** The workout position's fields: their own item (lambda/store/record-parts.ts). */
const POSITION_FIELDS: readonly string[] = ["progress", "progressAt", "variety"];
const isPosition = (field: string) => POSITION_FIELDS.includes(field);

/** The writes among these requests to the item `sk` (workouts done are items of their own). */
const writesTo = (requests: readonly SentRequest[], sk: "PROFILE" | "PROFILE#POSITION") =>
  requests.filter(
    (request) =>
      request.command !== "GetItemCommand" &&
      request.command !== "QueryCommand" &&
      sortKeyOf(request) === sk,
  );

describe("a workout for a user with a full progression record", () => {
  it("each turn updates just what it changed, and the session stays in step with the table", async () => {
    const seasoned = { ...withFullProgression(NEW_USER), disclaimerHeard: true };
    let stored = await skill.store.save("seasoned", { record: NEW_USER, version: 0 }, seasoned);
    const device = skill.device("seasoned");
    const turns = [
      () => device.launch(),
      () => device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } }),
      () => device.intent("ReadyIntent"),
      () => device.intent("ReadyIntent"),
      () => device.intent("ReadyIntent"),
      () => device.intent("AMAZON.PauseIntent"),
    ];
    const sentFields: string[][] = [];
    for (const turn of turns) {
      const before = skill.table.sent.length;
      const now = stateOf(await turn()).stored;
      // The session's idea of the stored record is the stored record, field for field.
      expect(await skill.store.load("seasoned")).toEqual({
        record: now.record,
        version: now.version,
        positionVersion: now.positionVersion,
      });
      const sent = skill.table.sent.slice(before);
      const changed = changedFields(stored.record, now.record);
      const fieldsOfTurn: string[] = [];
      // The profile item: updated with exactly the fields the turn changed, nothing it left alone.
      const profileChanged = changed.filter((field) => !isPosition(field)).sort();
      const profileWrites = writesTo(sent, "PROFILE");
      expect(profileWrites).toHaveLength(now.version - stored.version);
      expect(profileWrites).toHaveLength(profileChanged.length > 0 ? 1 : 0);
      for (const write of profileWrites) {
        expect(write.command).toBe("UpdateItemCommand");
        const fields = Object.values(write.input.ExpressionAttributeNames ?? {}).sort();
        expect(fields).toEqual(profileChanged);
        fieldsOfTurn.push(...fields);
      }
      // The position item: put whole when a field of it changed, and only then; it carries the
      // position's fields as the turn left them, and nothing of the profile.
      const positionChanged = changed.filter(isPosition).sort();
      const positionWrites = writesTo(sent, "PROFILE#POSITION");
      expect(positionWrites).toHaveLength(
        (now.positionVersion ?? 0) - (stored.positionVersion ?? 0),
      );
      expect(positionWrites).toHaveLength(positionChanged.length > 0 ? 1 : 0);
      for (const write of positionWrites) {
        expect(write.command).toBe("PutItemCommand");
        const { pk: _pk, sk: _sk, version, ...item } = write.input.Item ?? {};
        expect(version).toEqual({ N: String(now.positionVersion) });
        const fields = Object.keys(item).sort();
        expect(fields).toEqual(
          POSITION_FIELDS.filter(
            (field) => now.record[field as keyof UserRecord] !== undefined,
          ).sort(),
        );
        expect(fields).toEqual(expect.arrayContaining(positionChanged));
        fieldsOfTurn.push(...fields);
      }
      if (fieldsOfTurn.length > 0) sentFields.push(fieldsOfTurn.sort());
      stored = now;
    }
    expect(stored.record.progress).toMatchObject({
      workoutId: "home-calisthenics",
      status: "paused",
    });
    // Most saving turns only moved the position; the progression record went along only when a
    // turn changed it (the coach saying a move's news), and no move of it was lost.
    expect(sentFields.length).toBeGreaterThanOrEqual(3);
    expect(sentFields.filter((fields) => !fields.includes("progression")).length).toBeGreaterThan(
      sentFields.length / 2,
    );
    // (DynamoDB keeps a map's keys in an order of its own.)
    expect(Object.keys(stored.record.progression?.moves ?? {}).sort()).toEqual(
      Object.keys(seasoned.progression?.moves ?? {}).sort(),
    );
    expect(stored.record.progression?.pullUps).toEqual(seasoned.progression?.pullUps);
  });
});
