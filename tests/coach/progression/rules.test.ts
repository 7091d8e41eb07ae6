import { describe, expect, it } from "vitest";
import {
  applyTuning,
  EXERCISES,
  getWorkout,
  isRated,
  ladderOf,
  type MoveProgress,
  NO_PROGRESSION,
  type Progression,
  parseTuning,
  rateMove,
  rateMoves,
  ratingOfRepsLeft,
  stepBounds,
  tuneWorkout,
  variantAt,
} from "../../../lambda/coach";
import { fitsLadder } from "../../../lambda/coach/progression/rules";

/**
 * The rules of progress that adapts, on their own: double progression up and down, the forms
 * and weights beyond the range, the pull-up level, and the bounds a record can never pass.
 */

const AT = "2026-11-22T09:00:00.000Z";
const LATER = "2026-11-24T09:00:00.000Z";

/** Rates a move `times` times in a row, as many workouts would. */
function rateTimes(
  exerciseId: string,
  rating: "easy" | "hard",
  times: number,
  from?: MoveProgress,
): MoveProgress | undefined {
  let entry = from;
  for (let i = 0; i < times; i++) entry = rateMove(exerciseId, entry, rating, AT).entry;
  return entry;
}

describe("double progression", () => {
  it("too easy adds a step of reps, up to the top of the range, then heavier weights from the bottom", () => {
    const { repStep, up, down } = ladderOf("bent-over-row");
    expect(repStep).toBe(2);
    const first = rateMove("bent-over-row", undefined, "easy", AT);
    expect(first.entry).toEqual({ reps: 2, step: 0, at: AT, news: "more" });
    const atTop = rateTimes("bent-over-row", "easy", up / repStep);
    expect(atTop?.reps).toBe(up);
    const heavier = rateMove("bent-over-row", atTop, "easy", LATER);
    expect(heavier.outcome).toEqual({ kind: "changed", change: "heavier" });
    expect(heavier.entry).toEqual({ reps: -down, step: 1, at: LATER, news: "heavier" });
  });

  it("too hard takes reps away, down to the bottom, then lighter weights at the workout's own count", () => {
    const atBottom = rateTimes("reverse-fly", "hard", 2);
    expect(atBottom?.reps).toBe(-ladderOf("reverse-fly").down);
    const lighter = rateMove("reverse-fly", atBottom, "hard", LATER);
    expect(lighter.outcome).toEqual({ kind: "changed", change: "lighter" });
    expect(lighter.entry).toMatchObject({ reps: 0, step: -1 });
  });

  it("about right changes nothing, and is not news", () => {
    const entry: MoveProgress = { reps: 2, step: 0, at: AT };
    expect(rateMove("bent-over-row", entry, "right", LATER)).toEqual({
      entry,
      outcome: { kind: "same" },
    });
  });

  it("weights go at most three steps either way; a record can never run away", () => {
    const heaviest = rateTimes("bent-over-row", "easy", 40);
    expect(heaviest?.step).toBe(stepBounds("bent-over-row").max);
    expect(rateMove("bent-over-row", heaviest, "easy", AT).outcome).toEqual({ kind: "top" });
    const lightest = rateTimes("bent-over-row", "hard", 40);
    expect(lightest?.step).toBe(stepBounds("bent-over-row").min);
    expect(rateMove("bent-over-row", lightest, "hard", AT).outcome).toEqual({ kind: "bottom" });
  });

  it("bodyweight moves with no other form stop at the ends of their range", () => {
    const top = rateTimes("lumbar-extension", "easy", 10);
    expect(top).toMatchObject({ reps: ladderOf("lumbar-extension").up, step: 0 });
    expect(rateMove("lumbar-extension", top, "easy", AT).outcome).toEqual({ kind: "top" });
  });

  it("uses the guides' ranges: lateral raises are already at the top (003: 10-12)", () => {
    expect(rateMove("lateral-raise", undefined, "easy", AT).outcome).toEqual({
      kind: "changed",
      change: "heavier",
    });
  });

  it("reads reps left in the tank: three or more too easy, one or two about right, none too hard", () => {
    expect([0, 1, 2, 3, 8].map(ratingOfRepsLeft)).toEqual([
      "hard",
      "right",
      "right",
      "easy",
      "easy",
    ]);
  });
});

describe("forms of a move", () => {
  it("too hard at the bottom of push-ups is knee push-ups; too easy at their top, push-ups again", () => {
    const atBottom = rateTimes("push-up", "hard", 2);
    const easier = rateMove("push-up", atBottom, "hard", AT);
    expect(easier.outcome).toEqual({ kind: "changed", change: "easier" });
    expect(variantAt("push-up", easier.entry?.step ?? 0)).toBe("knee-push-up");
    // Knee push-ups cannot get easier: the bottom.
    const kneeBottom = rateTimes("push-up", "hard", 2, easier.entry);
    expect(rateMove("push-up", kneeBottom, "hard", AT).outcome).toEqual({ kind: "bottom" });
    // Back up: reps to the top, then the full push-up.
    const back = rateTimes("push-up", "easy", 5, easier.entry);
    expect(variantAt("push-up", back?.step ?? 0)).toBe("push-up");
  });

  it("a tuned run uses the form: home calisthenics with knee push-ups, said as news", () => {
    const progression: Progression = {
      moves: { "push-up": { reps: 0, step: -1, at: AT, news: "easier" } },
    };
    const workout = getWorkout("home-calisthenics");
    const run = tuneWorkout(workout, progression, "each");
    const index = workout.blocks.findIndex((b) => b.exerciseId === "push-up");
    expect(run.tuning.blocks).toEqual([
      { block: index, reps: 10, exerciseId: "knee-push-up", said: "easier" },
    ]);
    expect(applyTuning(workout, run.tuning).blocks[index]?.exerciseId).toBe("knee-push-up");
    // Said once: the record no longer holds it as news.
    expect(run.progression.moves["push-up"]).toEqual({ reps: 0, step: -1, at: AT });
  });

  it("runs tuned alike share one tuned workout; another tuning gets its own", () => {
    const workout = getWorkout("home-calisthenics");
    const easier: Progression = { moves: { "push-up": { reps: 0, step: -1, at: AT } } };
    const harder: Progression = { moves: { "push-up": { reps: 4, step: 0, at: AT } } };
    const mine = tuneWorkout(workout, easier, "each").tuning;
    // Another user's run, tuned the same way: an equal tuning, but another object.
    const theirs = structuredClone(mine);
    expect(theirs).not.toBe(mine);
    const tuned = applyTuning(workout, mine);
    expect(applyTuning(workout, theirs)).toBe(tuned);
    const other = applyTuning(workout, tuneWorkout(workout, harder, "each").tuning);
    expect(other).not.toBe(tuned);
    const index = workout.blocks.findIndex((b) => b.exerciseId === "push-up");
    expect(tuned.blocks[index]?.exerciseId).toBe("knee-push-up");
    expect(other.blocks[index]?.exerciseId).toBe("push-up");
  });
});

describe("the pull-up level", () => {
  it("negatives too easy at the top of their range move the user up a level", () => {
    const top = ladderOf("negative-pull-up").up;
    const progression: Progression = {
      moves: { "negative-pull-up": { reps: top, step: 0, at: AT } },
    };
    const result = rateMoves(progression, "pull-ups-beginner", ["negative-pull-up"], "easy", LATER);
    expect(result.level).toBe("up");
    expect(result.progression.pullUps).toEqual({ level: "intermediate", at: LATER, news: "up" });
    // A new level starts the move at that workout's own count.
    expect(result.progression.moves["negative-pull-up"]).toBeUndefined();
  });

  it("pull-ups too hard at the bottom of their range move the user down a level", () => {
    const bottom = -ladderOf("pull-up").down;
    const progression: Progression = { moves: { "pull-up": { reps: bottom, step: 0, at: AT } } };
    const result = rateMoves(progression, "pull-ups-advanced", ["pull-up"], "hard", LATER);
    expect(result.progression.pullUps?.level).toBe("intermediate");
  });

  it("machine moves in a pull-up workout go heavier, not up a level", () => {
    const top = ladderOf("lat-pulldown").up;
    const progression: Progression = { moves: { "lat-pulldown": { reps: top, step: 0, at: AT } } };
    const result = rateMoves(progression, "pull-ups-beginner", ["lat-pulldown"], "easy", LATER);
    expect(result.level).toBeUndefined();
    expect(result.progression.moves["lat-pulldown"]?.news).toBe("heavier");
  });
});

describe("bounds", () => {
  it("every rated move's entries stay inside its ladder, however it is rated", () => {
    for (const exercise of EXERCISES.filter((e) => isRated(e.id))) {
      let entry: MoveProgress | undefined;
      for (const rating of [
        "easy",
        "easy",
        "easy",
        "hard",
        "easy",
        "hard",
        "hard",
        "hard",
      ] as const) {
        for (let i = 0; i < 6; i++) entry = rateMove(exercise.id, entry, rating, AT).entry ?? entry;
        if (entry) expect(fitsLadder(exercise.id, entry), exercise.id).toBe(true);
      }
    }
  });

  it("a stored tuning past a move's range, for a block that is not rated, or a form it lacks, is no tuning", () => {
    const workout = getWorkout("home-calisthenics");
    const push = workout.blocks.findIndex((b) => b.exerciseId === "push-up");
    const plank = workout.blocks.findIndex((b) => b.exerciseId === "plank");
    const good = { blocks: [{ block: push, reps: 12, exerciseId: "push-up" }] };
    expect(parseTuning(good, workout)).toEqual(good);
    expect(
      parseTuning({ blocks: [{ block: push, reps: 5000, exerciseId: "push-up" }] }, workout),
    ).toBeUndefined();
    expect(
      parseTuning({ blocks: [{ block: push, reps: 10, exerciseId: "pull-up" }] }, workout),
    ).toBeUndefined();
    expect(
      parseTuning({ blocks: [{ block: plank, reps: 10, exerciseId: "plank" }] }, workout),
    ).toBeUndefined();
    expect(
      parseTuning({ blocks: [], asks: "1".repeat(workout.blocks.length) }, workout),
    ).toBeUndefined();
  });

  it("tunes nothing for a new user, and asks after the first block of each rated move only", () => {
    const blaster = getWorkout("back-fat-blaster-30");
    const run = tuneWorkout(blaster, NO_PROGRESSION, "each");
    expect(run.tuning.blocks).toEqual([]);
    // Round two repeats the five moves: each is asked about once, in round one.
    expect(run.tuning.asks).toBe(`${"1010101010"}${"0".repeat(10)}`);
    expect(tuneWorkout(blaster, NO_PROGRESSION, "end").tuning.asks).toBeUndefined();
    expect(tuneWorkout(blaster, NO_PROGRESSION, "each", ["renegade-row"]).tuning.asks?.[4]).toBe(
      "0",
    );
  });
});
