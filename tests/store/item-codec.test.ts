import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withFullProgression } from "../../bench/seasoned-user";
import {
  fromStoredFields,
  MAX_FIELD_DEPTH,
  MAX_FIELD_TEXT,
  toStoredFields,
} from "../../lambda/store/item-codec";
import { parseUserRecord } from "../../lambda/store/parse-user-record";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";

/** A user's record as its item holds it: object fields as JSON text, scalars as they are. */

/** A record with every field set, each object field with something in it. */
const full: UserRecord = {
  ...withFullProgression(NEW_USER),
  disclaimerHeard: true,
  progress: {
    workoutId: "hiit",
    segmentIndex: 2,
    status: "paused",
    varietyAtSegment: { praise: 1 },
    stoppedAfter: 12,
  },
  progressAt: "2026-11-22T09:00:00.000Z",
  variety: { praise: 3 },
  tips: { heard: { protein: ["protein-1"] }, lastTipId: "protein-1", lastTopic: "protein" },
  profile: { sex: "female", ageYears: 40, heightCm: 170, weightKg: 65, activity: "light" },
  equipment: "band",
  pace: 1.2,
  feedbackTiming: "end",
  handsFree: true,
};

const OBJECT_FIELDS = ["progress", "variety", "tips", "profile", "progression"];

/** The record read back from stored attributes, as the store reads it. */
function readBack(stored: Record<string, unknown>) {
  const read = fromStoredFields(stored);
  return { ...parseUserRecord(read.fields), codecProblems: read.problems };
}

describe("toStoredFields", () => {
  it("writes each object field as its JSON text and every scalar as it is", () => {
    const stored = toStoredFields(full);
    expect(Object.keys(stored).sort()).toEqual(Object.keys(full).sort());
    for (const [field, value] of Object.entries(full)) {
      if (OBJECT_FIELDS.includes(field)) {
        expect(typeof stored[field], field).toBe("string");
        expect(JSON.parse(String(stored[field])), field).toEqual(value);
      } else {
        expect(stored[field], field).toBe(value);
      }
    }
  });

  it("writes no attribute for a field the record does not have", () => {
    const stored = toStoredFields({ ...NEW_USER, handsFree: undefined } as unknown as UserRecord);
    expect(stored).toEqual({
      schemaVersion: 1,
      disclaimerHeard: false,
      variety: "{}",
      tips: JSON.stringify(NEW_USER.tips),
    });
  });

  it("keeps the largest record's text far under the cap it is read back with", () => {
    const longest = Math.max(
      ...Object.values(toStoredFields(full)).map((value) => String(value).length),
    );
    expect(longest).toBeGreaterThan(1000);
    expect(longest).toBeLessThan(MAX_FIELD_TEXT / 16);
  });
});

describe("fromStoredFields", () => {
  it("reads back exactly the record it wrote", () => {
    expect(readBack(toStoredFields(full))).toEqual({ record: full, codecProblems: [] });
  });

  it("reads an item written before text fields, all maps, as it is", () => {
    const maps: Record<string, unknown> = { ...full };
    const read = fromStoredFields(maps);
    expect(read).toEqual({ fields: maps, problems: [] });
    expect(read.fields).toBe(maps);
    expect(parseUserRecord(read.fields)).toEqual({ record: full });
  });

  it("reads an item that is part text, part maps: fields a save rewrote beside ones it did not", () => {
    const text = toStoredFields(full);
    const stored = { ...full, progress: text.progress, tips: text.tips };
    expect(typeof stored.progress).toBe("string");
    expect(stored.progression).toBe(full.progression);
    expect(readBack(stored)).toEqual({ record: full, codecProblems: [] });
  });

  it("never parses a scalar that happens to be a string", () => {
    const stored = toStoredFields({ ...full, progressAt: "2026-11-22T09:00:00.000Z" });
    const read = fromStoredFields({ ...stored, equipment: '{"kit":"gym"}' });
    expect(read.fields.progressAt).toBe("2026-11-22T09:00:00.000Z");
    expect(read.fields.equipment).toBe('{"kit":"gym"}');
  });

  const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${"}".repeat(levels - 1)}`;

  it.each([
    ["not JSON", '{"workoutId":"hiit",', "progress text is not JSON"],
    ["cut off", JSON.stringify(full.progress).slice(0, -1), "progress text is not JSON"],
    ["JSON null", "null", "progress text is not a JSON object"],
    ["a JSON string", '"hiit"', "progress text is not a JSON object"],
    ["a JSON number", "42", "progress text is not a JSON object"],
    [
      "over the cap",
      `{"a":"${"x".repeat(MAX_FIELD_TEXT)}"}`,
      "progress text over 65536 characters",
    ],
    ["nested too deep", nested(MAX_FIELD_DEPTH + 1), "progress text nests over 32 levels"],
    [
      "nested a mile deep, under the cap",
      `${"[".repeat(30_000)}${"]".repeat(30_000)}`,
      "progress text nests over 32 levels",
    ],
  ])("text that is %s is damage for that field alone", (_, text, problem) => {
    const result = readBack({ ...toStoredFields(full), progress: text });
    expect(result.codecProblems).toEqual([expect.stringContaining(problem)]);
    // The text goes on to the field's parser, which rejects it: the position is lost (and the
    // user told), everything else is read as stored.
    const { progress: _lost, ...rest } = full;
    expect(result.record).toEqual(rest);
    expect(result.lost).toEqual(["progress"]);
    expect(result.problem).toContain("progress");
  });

  it("passes on JSON nested as deep as the cap, for the field's parser to judge", () => {
    const read = fromStoredFields({ tips: nested(MAX_FIELD_DEPTH) });
    expect(read.problems).toEqual([]);
    expect(typeof read.fields.tips).toBe("object");
    expect(parseUserRecord(read.fields).problem).toContain("tips");
  });

  it("repairs JSON of the wrong shape through the field's own parser, field by field", () => {
    const result = readBack({
      ...toStoredFields(full),
      profile: JSON.stringify({ sex: "female", ageYears: 3, heightCm: 170 }),
      variety: JSON.stringify({ praise: "lots" }),
      tips: "[]",
    });
    expect(result.codecProblems).toEqual([]);
    expect(result.record).toEqual({
      ...full,
      profile: { sex: "female", heightCm: 170 },
      variety: {},
      tips: NEW_USER.tips,
    });
    expect(result.lost).toEqual(["profile"]);
  });

  it("reports each damaged text field on its own", () => {
    const read = fromStoredFields({
      ...toStoredFields(full),
      tips: "{",
      progression: "null",
    });
    expect(read.problems).toEqual([
      "tips text is not JSON",
      "progression text is not a JSON object",
    ]);
    expect(read.fields.tips).toBe("{");
    expect(read.fields.progression).toBe("null");
  });

  it("never throws, whatever text a field holds", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 6 }),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...OBJECT_FIELDS), text, text, (field, a, b) => {
        const result = readBack({ ...toStoredFields(full), [field]: a, tips: b });
        expect(result.record.schemaVersion).toBe(1);
        // Whatever was damaged was reported, so the store writes the clean record back.
        if (result.codecProblems.length > 0) expect(result.problem).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
