import { describe, expect, it } from "vitest";
import {
  getWorkout,
  isValidProgress,
  nextSegment,
  pauseWorkout,
  planFor,
  positionOf,
  previousSegment,
  remainingAfter,
  repeatSegment,
  resumeWorkout,
  skipExercise,
  startOver,
  startWorkout,
  UnknownCatalogIdError,
  type WorkoutProgress,
  whatsNext,
} from "../../lambda/coach";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { spokenText } from "../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

describe("moving through a workout", () => {
  it("starts at the first segment with the introduction", () => {
    const turn = startWorkout(v, "home-calisthenics", {});
    expect(turn.progress).toMatchObject({
      workoutId: "home-calisthenics",
      segmentIndex: 0,
      status: "active",
    });
    expect(spokenText(turn.speech.ssml)).toMatch(/^This is home calisthenics/);
  });

  it("rejects an unknown workout", () => {
    expect(() => startWorkout(v, "couch-potato", {})).toThrow(UnknownCatalogIdError);
  });

  it("walks every segment and finishes on the last one", () => {
    let turn = startWorkout(v, "pull-ups-advanced", {});
    let steps = 1;
    for (
      let next = nextSegment(v, turn.progress, turn.variety);
      next;
      next = nextSegment(v, turn.progress, turn.variety)
    ) {
      turn = next;
      steps++;
    }
    expect(steps).toBe(planFor(getWorkout("pull-ups-advanced")).length);
    expect(turn.progress.status).toBe("finished");
    expect(nextSegment(v, turn.progress, turn.variety)).toBeUndefined();
  });

  it("repeats the current segment word for word", () => {
    const start = startWorkout(v, "home-calisthenics", {});
    const second = nextSegment(v, start.progress, start.variety);
    if (!second) throw new Error("no second segment");
    expect(repeatSegment(v, second.progress).speech).toEqual(second.speech);
  });

  it("goes back one segment, and not before the first", () => {
    const start = startWorkout(v, "home-calisthenics", {});
    const second = nextSegment(v, start.progress, start.variety);
    if (!second) throw new Error("no second segment");
    expect(previousSegment(v, second.progress, second.variety).progress.segmentIndex).toBe(0);
    expect(previousSegment(v, start.progress, start.variety).progress.segmentIndex).toBe(0);
  });

  it("skips to the next move's introduction", () => {
    const start = startWorkout(v, "home-calisthenics", {});
    const skipped = skipExercise(v, start.progress, start.variety);
    expect(skipped && positionOf(skipped.progress)).toMatchObject({
      moveNumber: 2,
      exercise: { id: "bridge" },
      segment: { kind: "intro" },
    });
  });

  it("ends the workout when the last move is skipped", () => {
    const plans = planFor(getWorkout("home-calisthenics"));
    const lastIntro = plans.findLastIndex((p) => p.kind === "intro");
    const progress: WorkoutProgress = {
      workoutId: "home-calisthenics",
      segmentIndex: lastIntro,
      status: "active",
      varietyAtSegment: {},
    };
    const skipped = skipExercise(v, progress, {});
    expect(skipped?.progress.status).toBe("finished");
    expect(spokenText(skipped?.speech.ssml ?? "")).toMatch(/That's the end of home calisthenics/);
  });

  it("pauses and resumes at the same segment", () => {
    const start = startWorkout(v, "hiit", {});
    const second = nextSegment(v, start.progress, start.variety);
    if (!second) throw new Error("no second segment");
    const paused = pauseWorkout(second.progress);
    expect(paused.status).toBe("paused");
    const resumed = resumeWorkout(v, paused, second.variety);
    expect(resumed.progress).toMatchObject({
      segmentIndex: second.progress.segmentIndex,
      status: "active",
    });
  });

  it("starts over from the top", () => {
    const start = startWorkout(v, "hiit", {});
    const second = nextSegment(v, start.progress, start.variety);
    if (!second) throw new Error("no second segment");
    expect(startOver(v, second.progress, second.variety).progress.segmentIndex).toBe(0);
  });
});

describe("where the user is", () => {
  it("knows the move and set, for 'you were on renegade rows, set two'", () => {
    const plans = planFor(getWorkout("dumbbell-back-shoulders"));
    const index = plans.findIndex(
      (p) => p.kind === "set" && p.exerciseId === "renegade-row" && p.set === 2,
    );
    const position = positionOf({
      workoutId: "dumbbell-back-shoulders",
      segmentIndex: index,
      status: "paused",
      varietyAtSegment: {},
    });
    expect(position).toMatchObject({
      exercise: { id: "renegade-row" },
      set: 2,
      sets: 3,
      moveNumber: 5,
      moves: 5,
    });
    expect(v.exercise(position.exercise.id).name).toBe("renegade rows");
  });

  it("estimates what is left, shrinking as the workout goes on", () => {
    const start = startWorkout(v, "back-fat-blaster", {});
    const second = nextSegment(v, start.progress, start.variety);
    if (!second) throw new Error("no second segment");
    const atStart = remainingAfter(v, start.progress);
    const later = remainingAfter(v, second.progress);
    expect(atStart.seconds).toBeGreaterThan(14 * 60);
    expect(later.seconds).toBeLessThan(atStart.seconds);
    expect(atStart.moves).toBe(9);
  });

  it("rejects a stored position that no longer fits the catalog", () => {
    const base = { status: "active" as const, varietyAtSegment: {} };
    expect(isValidProgress({ ...base, workoutId: "hiit", segmentIndex: 2 })).toBe(true);
    expect(isValidProgress({ ...base, workoutId: "hiit", segmentIndex: 999 })).toBe(false);
    expect(isValidProgress({ ...base, workoutId: "retired-workout", segmentIndex: 0 })).toBe(false);
    expect(isValidProgress({ ...base, workoutId: "hiit", segmentIndex: -1 })).toBe(false);
  });
});

describe("what's next", () => {
  const at = (workoutId: string, segmentIndex: number): WorkoutProgress => ({
    workoutId,
    segmentIndex,
    status: "active",
    varietyAtSegment: {},
  });

  it("names the next set of a multi-set move", () => {
    expect(whatsNext(v, at("home-calisthenics", 1))).toBe(
      "Next is set two of three of lumbar extensions.",
    );
  });

  it("at a move's introduction, names the move after it, not the one introduced", () => {
    expect(whatsNext(v, at("back-fat-blaster", 0))).toBe(
      "Next is jumping jacks: one minute moderate, then one minute hard.",
    );
  });

  it("introduces the next move with its amount", () => {
    expect(whatsNext(v, at("home-calisthenics", 3))).toBe(
      "Next up is bridges: two sets of five, holding each one for ten seconds.",
    );
  });

  it("describes the next cardio block", () => {
    expect(whatsNext(v, at("back-fat-blaster", 1))).toBe(
      "Next is jumping jacks: one minute moderate, then one minute hard.",
    );
  });

  it("says nothing after the last segment", () => {
    const last = planFor(getWorkout("hiit")).length - 1;
    expect(whatsNext(v, at("hiit", last))).toBeUndefined();
  });
});
