import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withFullProgression } from "../../bench/seasoned-user";
import { parseUserRecord } from "../../lambda/store/parse-user-record";
import { NEW_USER } from "../../lambda/store/user-record";

/**
 * A position read back (from a client's session or a stored item) may hold anything in its
 * details: whatever they hold, reading it never throws, a damaged detail costs that detail
 * alone, and the position itself is kept.
 */

const at = {
  workoutId: "back-fat-blaster",
  segmentIndex: 2,
  status: "paused",
  varietyAtSegment: {},
};

describe("a stored position's details", () => {
  it("are read without throwing, whatever JSON they hold, and never cost the position", () => {
    const detail = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.record(
          { stoppedAfter: detail, movesDone: detail, tuning: detail },
          { requiredKeys: [] },
        ),
        (details) => {
          const read = parseUserRecord({ schemaVersion: 1, progress: { ...at, ...details } });
          expect(read.record.progress).toMatchObject(at);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keep a well-formed detail beside a damaged one", () => {
    const read = parseUserRecord({
      schemaVersion: 1,
      progress: { ...at, stoppedAfter: 12, movesDone: null },
    });
    expect(read.record.progress).toEqual({ ...at, stoppedAfter: 12 });
    expect(read.problem).toContain("progress.movesDone");
  });

  it("beside any field of a full record holding any JSON, are read without throwing", () => {
    const full = JSON.parse(
      JSON.stringify({
        ...withFullProgression(NEW_USER),
        progress: { ...at, movesDone: "0010000000" },
      }),
    ) as Record<string, unknown>;
    const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(full)), junk, (field, value) => {
        const read = parseUserRecord({ ...full, [field]: value });
        expect(read.record.schemaVersion).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a value whose own toString is not a function as a damaged one, not a crash", () => {
    const hostile = { toString: "", valueOf: "" };
    const read = parseUserRecord({
      schemaVersion: hostile,
      progress: at,
      profile: { ageYears: hostile },
    });
    expect(read.record.progress).toMatchObject(at);
    expect(read.problem).toContain("schemaVersion an object");
    expect(read.problem).toContain("profile ageYears");
  });
});
