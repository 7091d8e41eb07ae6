import { describe, expect, it } from "vitest";
import { parseUserRecord } from "../../lambda/store/parse-user-record";
import { NEW_USER } from "../../lambda/store/user-record";
import { parseSessionState } from "../../lambda/turn/parse-session-state";

/** The stretch of workout a session keeps (what was heard, what is being said) is untrusted. */

const NOW = "2026-11-22T09:00:00.000Z";
const valid = { user: NEW_USER, stored: { record: NEW_USER, version: 3 }, unsavedLog: [] };
// The beginner pull-ups: eight segments.
const stretch = {
  workoutId: "pull-ups-beginner",
  done: { heard: "11000000", seconds: 70, cardioSeconds: 0 },
  spoken: { index: 2, at: "2026-11-22T08:59:00.000Z", startsAt: 0, seconds: 40 },
};
const read = (raw: unknown) => parseSessionState({ ...valid, stretch: raw }, NOW)?.stretch;

describe("a session's stretch read back from the device", () => {
  it("keeps a stretch that fits its workout and the session's time", () => {
    expect(read(stretch)).toEqual(stretch);
  });

  it.each([
    ["an unknown workout", { ...stretch, workoutId: "nope" }],
    ["a heard list of the wrong length", { ...stretch, done: { ...stretch.done, heard: "110" } }],
    [
      "a heard list that is not flags",
      { ...stretch, done: { ...stretch.done, heard: "11x00000" } },
    ],
    ["negative seconds", { ...stretch, done: { ...stretch.done, seconds: -5 } }],
    ["more cardio than work", { ...stretch, done: { ...stretch.done, cardioSeconds: 71 } }],
    ["more seconds than a session holds", { ...stretch, done: { ...stretch.done, seconds: 1e9 } }],
    ["the old shape", { workoutId: "pull-ups-beginner", fromSegment: 2 }],
  ])("drops %s", (_why, raw) => {
    expect(read(raw)).toBeUndefined();
  });

  it.each([
    ["from the future", { ...stretch.spoken, at: "2026-11-22T09:05:00.000Z" }],
    ["from days ago", { ...stretch.spoken, at: "2026-11-19T09:00:00.000Z" }],
    ["at a time that is not canonical", { ...stretch.spoken, at: "Nov 22 2026" }],
    ["past the workout's end", { ...stretch.spoken, index: 8 }],
    ["longer than any answer", { ...stretch.spoken, seconds: 9000 }],
  ])("keeps the work but not a spoken segment %s", (_why, spoken) => {
    expect(read({ ...stretch, spoken })).toEqual({
      workoutId: stretch.workoutId,
      done: stretch.done,
    });
  });

  it("keeps a judged end only when it is one the skill makes", () => {
    const { spoken: _s, ...judged } = stretch;
    expect(read({ ...judged, end: { cutAfter: 30 } })?.end).toEqual({ cutAfter: 30 });
    expect(read({ ...judged, end: { heard: true } })?.end).toEqual({ heard: true });
    expect(read({ ...judged, end: { cutAfter: 1e6 } })).not.toHaveProperty("end");
    expect(read({ ...judged, end: { heard: "yes" } })).not.toHaveProperty("end");
  });

  it("keeps when a segment was cut off only for a cut-off, and only from this session", () => {
    const { spoken: _s, ...judged } = stretch;
    const cut = { ...judged, end: { cutAfter: 30 } };
    expect(read({ ...cut, cutAt: "2026-11-22T08:58:00.000Z" })?.cutAt).toBe(
      "2026-11-22T08:58:00.000Z",
    );
    expect(read({ ...cut, cutAt: "2026-11-23T08:58:00.000Z" })).not.toHaveProperty("cutAt");
    expect(read({ ...cut, cutAt: 42 })).not.toHaveProperty("cutAt");
    expect(
      read({ ...judged, end: { heard: true }, cutAt: "2026-11-22T08:58:00.000Z" }),
    ).not.toHaveProperty("cutAt");
  });
});

describe("where a paused user stopped, stored with the position", () => {
  const progress = {
    workoutId: "back-fat-blaster",
    segmentIndex: 2,
    status: "paused",
    varietyAtSegment: {},
  };
  const parse = (extra: Record<string, unknown>) =>
    parseUserRecord({ ...NEW_USER, progress: { ...progress, ...extra } });

  it("keeps a cut-off point and the moves done that fit", () => {
    const { record, lost } = parse({ stoppedAfter: 42, movesDone: "1000000000" });
    expect(record.progress).toMatchObject({ stoppedAfter: 42, movesDone: "1000000000" });
    expect(lost).toBeUndefined();
  });

  it.each([
    ["a cut-off point past any answer", { stoppedAfter: 5000 }],
    ["a cut-off point that is not a number", { stoppedAfter: "42" }],
    ["moves done of the wrong length", { movesDone: "10" }],
    ["moves done that are not flags", { movesDone: "1x00000000" }],
  ])("drops %s, and keeps the position", (_why, extra) => {
    const { record, problem } = parse(extra);
    expect(record.progress).toEqual(progress);
    expect(problem).toBeDefined();
  });

  it("drops a cut-off point on a workout that is not paused", () => {
    const { record } = parse({ status: "active", stoppedAfter: 42 });
    expect(record.progress).toEqual({ ...progress, status: "active" });
  });
});

describe("a hands-free answer's segments read back from the device", () => {
  const run = {
    ...stretch.spoken,
    variety: {},
    following: [
      { startsAt: 40, seconds: 30, variety: { praise: 0 } },
      { startsAt: 70, seconds: 60, variety: { praise: 1 } },
    ],
  };
  it("keeps segments that follow one another inside the workout and one answer", () => {
    expect(read({ ...stretch, spoken: run })?.spoken).toEqual(run);
  });

  it.each([
    [
      "a segment starting before the one before it ends",
      [{ startsAt: 10, seconds: 30, variety: {} }],
    ],
    [
      "past the workout's end",
      Array.from({ length: 6 }, (_, i) => ({ startsAt: 40 + i * 10, seconds: 10, variety: {} })),
    ],
    ["longer than any answer", [{ startsAt: 40, seconds: 290, variety: {} }]],
    ["a variety that is not one", [{ startsAt: 40, seconds: 30, variety: { shouting: 3 } }]],
    ["not a list", { startsAt: 40 }],
    ["an empty list", []],
  ])("drops the spoken record for %s, keeping the work", (_why, following) => {
    expect(read({ ...stretch, spoken: { ...run, following } })).toEqual({
      workoutId: stretch.workoutId,
      done: stretch.done,
    });
  });

  it("drops a run without the variety of its first segment", () => {
    const { variety: _gone, ...bare } = run;
    expect(read({ ...stretch, spoken: bare })).not.toHaveProperty("spoken");
  });
});

describe("the hands-free setting in the stored record", () => {
  it("is kept only as true", () => {
    expect(parseUserRecord({ ...NEW_USER, handsFree: true }).record.handsFree).toBe(true);
    const bent = parseUserRecord({ ...NEW_USER, handsFree: "yes" });
    expect(bent.record).not.toHaveProperty("handsFree");
    expect(bent.problem).toContain("handsFree");
  });
});
