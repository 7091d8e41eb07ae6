import { describe, expect, it } from "vitest";
import { PACES, STANDARD_PACE } from "../../lambda/coach";
import { parseUserRecord } from "../../lambda/store/parse-user-record";
import { NEW_USER, paceOf } from "../../lambda/store/user-record";

/** The pace in a stored (or sent back) record is read like every other field: never trusted. */

describe("the user's pace in the record", () => {
  it("is the standard pace until the user changes it", () => {
    expect(paceOf(NEW_USER)).toBe(STANDARD_PACE);
    expect(parseUserRecord({ ...NEW_USER }).problem).toBeUndefined();
  });

  it.each(PACES.map((pace) => [pace]))("keeps the coach's own step %s", (pace) => {
    const parsed = parseUserRecord({ ...NEW_USER, pace });
    expect(parsed.problem).toBeUndefined();
    expect(paceOf(parsed.record)).toBe(pace);
  });

  it.each([
    ["a string", "slow"],
    ["a factor no step has", 1.3],
    ["a huge factor", 100],
    ["zero", 0],
    ["negative", -1],
    ["not a number", Number.NaN],
    ["a map", { factor: 1.2 }],
    ["null", null],
  ])("falls back to the standard pace when it is %s, and says why", (_, pace) => {
    const parsed = parseUserRecord({ ...NEW_USER, progress: undefined, pace });
    expect(paceOf(parsed.record)).toBe(STANDARD_PACE);
    expect(parsed.record).not.toHaveProperty("pace");
    expect(parsed.problem).toBe("pace");
    // Nothing the user would have to be told: the count is simply the standard one again.
    expect(parsed.lost).toBeUndefined();
  });
});
