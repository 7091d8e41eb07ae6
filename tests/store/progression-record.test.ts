import { describe, expect, it } from "vitest";
import type { MoveProgress, Progression } from "../../lambda/coach";
import { mergeRecords } from "../../lambda/store/merge-records";
import { parseUserRecord } from "../../lambda/store/parse-user-record";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";

/** The progression part of the user's record: read without trust, merged move by move. */

const T1 = "2026-11-22T09:00:00.000Z";
const T2 = "2026-11-22T09:05:00.000Z";
const move = (reps: number, at: string): MoveProgress => ({ reps, step: 0, at });
const withMoves = (moves: Progression["moves"], record: UserRecord = NEW_USER): UserRecord => ({
  ...record,
  progression: { moves },
});

describe("merging two devices' progression", () => {
  const base = withMoves({ "bent-over-row": move(2, T1) });

  it("keeps a move each device rated, and the moves neither touched", () => {
    const latest = withMoves({ "bent-over-row": move(2, T1), "push-up": move(-2, T2) });
    const next = withMoves({ "bent-over-row": move(2, T1), "reverse-fly": move(2, T2) });
    expect(mergeRecords(latest, base, next).progression?.moves).toEqual({
      "bent-over-row": move(2, T1),
      "push-up": move(-2, T2),
      "reverse-fly": move(2, T2),
    });
  });

  it("the same move rated on both: the later request's rating wins, whichever saves last", () => {
    const later = withMoves({ "bent-over-row": move(-2, T2) });
    const earlier = withMoves({ "bent-over-row": move(4, "2026-11-22T09:01:00.000Z") });
    expect(mergeRecords(later, base, earlier).progression?.moves["bent-over-row"]).toEqual(
      move(-2, T2),
    );
    expect(mergeRecords(earlier, base, later).progression?.moves["bent-over-row"]).toEqual(
      move(-2, T2),
    );
  });

  it("a reset on this device removes the moves it knew; one rated meanwhile elsewhere stays", () => {
    const latest = withMoves({ "bent-over-row": move(2, T1), "push-up": move(2, T2) });
    const { progression: _reset, ...next } = base;
    expect(mergeRecords(latest, base, next).progression?.moves).toEqual({
      "push-up": move(2, T2),
    });
  });

  it("the question's timing is one leaf: this session's when it chose one", () => {
    const latest: UserRecord = { ...NEW_USER, feedbackTiming: "never" };
    const next: UserRecord = { ...NEW_USER, feedbackTiming: "end" };
    expect(mergeRecords(latest, NEW_USER, next).feedbackTiming).toBe("end");
    expect(mergeRecords(latest, NEW_USER, NEW_USER).feedbackTiming).toBe("never");
  });
});

describe("reading a stored progression", () => {
  it("keeps entries the rules could have made and drops, one by one, any they could not", () => {
    const parsed = parseUserRecord({
      ...NEW_USER,
      progression: {
        moves: {
          "bent-over-row": move(2, T1),
          "push-up": { reps: 5000, step: 0, at: T1 },
          "lumbar-extension": { reps: 2, step: 1, at: T1 },
          plank: move(2, T1),
          "not-a-move": move(2, T1),
          "reverse-fly": { reps: 2, step: 0, at: "yesterday" },
          "renegade-row": { reps: 2, step: 0, at: T1, news: "louder" },
        },
        pullUps: { level: "expert", at: T1 },
      },
      feedbackTiming: "sometimes",
    });
    expect(parsed.record.progression).toEqual({ moves: { "bent-over-row": move(2, T1) } });
    expect(parsed.record.feedbackTiming).toBeUndefined();
    // Worth a log line, never worth telling the user: nothing they would notice is lost.
    expect(parsed.problem).toContain("progression.push-up");
    expect(parsed.lost).toBeUndefined();
  });

  it("reads a full record as it was written", () => {
    const progression: Progression = {
      moves: { "push-up": { reps: 0, step: -1, at: T1, news: "easier" } },
      pullUps: { level: "intermediate", at: T2, news: "up" },
    };
    const parsed = parseUserRecord({ ...NEW_USER, progression, feedbackTiming: "end" });
    expect(parsed.problem).toBeUndefined();
    expect(parsed.record).toMatchObject({ progression, feedbackTiming: "end" });
  });
});
