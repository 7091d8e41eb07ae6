import { describe, expect, it } from "vitest";
import {
  type ActivityEntry,
  getWorkout,
  noWorkDone,
  pauseWorkout,
  planFor,
  resumeWorkout,
  SESSION_COUNTS,
  stoppedWhere,
  summarizeWeek,
  summarizeWork,
  type WorkoutProgress,
  withHeard,
  withMoveDone,
} from "../../lambda/coach";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { spokenText } from "../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);
const BLASTER = getWorkout("back-fat-blaster");
const PULL_UPS = getWorkout("pull-ups-beginner");

describe("work heard", () => {
  it("counts moves with work heard, not introductions", () => {
    // Blaster: 0 intro rows, 1 rows, 2 jumping jacks, 3 intro next move ...
    let done = withHeard(BLASTER, noWorkDone(BLASTER), 0, 12);
    expect(summarizeWork(BLASTER, done).moves).toBe(0);
    done = withHeard(BLASTER, done, 2, 125);
    expect(summarizeWork(BLASTER, done)).toMatchObject({
      moves: 1,
      totalMoves: 10,
      minutes: 2,
      cardioMinutes: 2,
      strengthMoves: 0,
    });
  });

  it("counts a strength move only when every set was heard", () => {
    let done = noWorkDone(PULL_UPS);
    for (const index of [1, 2]) done = withHeard(PULL_UPS, done, index, 40);
    expect(summarizeWork(PULL_UPS, done).strengthMoves).toBe(0);
    done = withHeard(PULL_UPS, done, 3, 40);
    expect(summarizeWork(PULL_UPS, done).strengthMoves).toBe(1);
  });

  it("counts a set heard twice as twice the time, and the move once", () => {
    const once = withHeard(PULL_UPS, noWorkDone(PULL_UPS), 1, 60);
    const twice = withHeard(PULL_UPS, once, 1, 60);
    expect(summarizeWork(PULL_UPS, twice)).toMatchObject({ moves: 1, minutes: 2 });
  });

  it("marks a move done in the run only for work segments", () => {
    expect(withMoveDone(BLASTER, undefined, 0)).toBe("0000000000");
    expect(withMoveDone(BLASTER, undefined, 2)).toBe("0100000000");
  });
});

describe("pausing where the user really is", () => {
  const active: WorkoutProgress = {
    workoutId: "back-fat-blaster",
    segmentIndex: 2,
    status: "active",
    varietyAtSegment: {},
  };

  it("steps past a segment heard to its end", () => {
    expect(pauseWorkout(active, { heard: true })).toMatchObject({
      segmentIndex: 3,
      status: "paused",
    });
  });

  it("stays inside a segment cut off, remembering how far in", () => {
    expect(pauseWorkout(active, { cutAfter: 70 })).toMatchObject({
      segmentIndex: 2,
      status: "paused",
      stoppedAfter: 70,
    });
  });

  it("replays the segment when there is no way to tell", () => {
    expect(pauseWorkout(active)).toEqual({ ...active, status: "paused" });
  });

  it("never steps past the last segment", () => {
    const last = { ...active, segmentIndex: planFor(BLASTER).length - 1 };
    expect(pauseWorkout(last, { heard: true }).segmentIndex).toBe(last.segmentIndex);
  });

  it("finds the phase of a cardio block on the segment's own timeline, and starts there", () => {
    const early = pauseWorkout(active, { cutAfter: 30 });
    const late = pauseWorkout(active, { cutAfter: 110 });
    expect(stoppedWhere(v, early)).toMatchObject({
      kind: "phase",
      at: { phase: { intensity: "moderate" } },
    });
    const stopped = stoppedWhere(v, late);
    expect(stopped).toMatchObject({ kind: "phase", at: { phase: { intensity: "hard" } } });
    if (stopped?.kind === "phase") expect(stopped.at.into).toBeGreaterThan(30);
    const resumed = spokenText(resumeWorkout(v, late, {}).speech.ssml);
    expect(resumed).toMatch(/^Jumping jacks, one minute, as hard as you can\. Go!/);
    expect(spokenText(resumeWorkout(v, early, {}).speech.ssml)).toMatch(/^Knees soft/);
  });
});

describe("what makes a session count toward a weekly target", () => {
  const at = "2026-11-18T07:00:00.000Z";
  const entry = (extra: Partial<ActivityEntry>): ActivityEntry => ({
    workoutId: "back-fat-blaster",
    endedAt: at,
    minutes: 12,
    completed: false,
    moves: 3,
    totalMoves: 10,
    cardioMinutes: 0,
    strengthMoves: 0,
    ...extra,
  });
  const week = (...entries: ActivityEntry[]) =>
    summarizeWeek(entries, "2026-11-18T20:00:00.000Z", "UTC");

  it("needs the guides' ten minutes of cardio, or two strength moves with every set", () => {
    const cardio = SESSION_COUNTS.cardioMinutes;
    const strength = SESSION_COUNTS.strengthMoves;
    expect(week(entry({ cardioMinutes: cardio - 1 }))).toMatchObject({ sessions: 0, minutes: 12 });
    expect(week(entry({ cardioMinutes: cardio }))).toMatchObject({
      sessions: 1,
      cardioSessions: 1,
    });
    expect(week(entry({ strengthMoves: strength - 1 }))).toMatchObject({ strengthSessions: 0 });
    expect(week(entry({ strengthMoves: strength }))).toMatchObject({ strengthSessions: 1 });
  });

  it("adds up the parts of a workout done the same day", () => {
    const parts = [entry({ cardioMinutes: 6 }), entry({ cardioMinutes: 6 })];
    expect(week(...parts)).toMatchObject({ sessions: 1, cardioSessions: 1, minutes: 24 });
  });

  it("counts an entry logged before the breakdown by its workout's kinds, when finished", () => {
    const { cardioMinutes: _c, strengthMoves: _s, ...legacy } = entry({ completed: true });
    expect(week(legacy)).toMatchObject({ cardioSessions: 1, strengthSessions: 1 });
    expect(week({ ...legacy, completed: false })).toMatchObject({ sessions: 0 });
  });
});
