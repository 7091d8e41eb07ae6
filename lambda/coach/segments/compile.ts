import { getExercise } from "../catalog";
import type { Workout } from "../catalog/types";
import { MAX_CACHED_RUNS, tuningKey } from "../progression/tuning-key";
import { chunkPhases } from "./chunk-phases";
import type { SegmentPlan } from "./plan";

/**
 * Turns a workout into the ordered plans of its responses. Strength moves and holds get an
 * introduction, then one segment per set. A cardio block follows straight on from the question
 * before it ("Next, two minutes of jumping jacks. Ready?"), so it gets its own introduction only
 * when it opens the workout.
 */
export function compileWorkout(workout: Workout): SegmentPlan[] {
  const plans: SegmentPlan[] = [];
  workout.blocks.forEach((block, blockIndex) => {
    const { exerciseId, prescription } = block;
    getExercise(exerciseId); // fail at compile time, not mid-workout, on a catalog typo
    if (prescription.kind === "intervals") {
      if (blockIndex === 0) plans.push({ kind: "intro", blockIndex, exerciseId });
      const chunks = chunkPhases(prescription.phases);
      chunks.forEach((pieces, i) => {
        plans.push({
          kind: "cardio",
          blockIndex,
          exerciseId,
          pieces,
          part: i + 1,
          parts: chunks.length,
        });
      });
      return;
    }
    plans.push({ kind: "intro", blockIndex, exerciseId });
    for (let set = 1; set <= prescription.sets; set++) {
      plans.push({
        kind: "set",
        blockIndex,
        exerciseId,
        prescription,
        set,
        sets: prescription.sets,
      });
    }
  });
  return plans;
}

const compiled = new Map<string, readonly SegmentPlan[]>();

/**
 * Compiled plans are pure functions of the catalog and a run's tuning, so each is compiled once.
 * A tuning never changes the plans' shape (the same blocks and sets), only reps and forms.
 */
export function planFor(workout: Workout): readonly SegmentPlan[] {
  // The same workout object asks again within a turn and, tuned, from turn to turn (see
  // applyTuning): found by the object first, by its key (a string built and hashed) after.
  const known = plansOf.get(workout);
  if (known) return known;
  const key = `${workout.id} ${tuningKey(workout.tuning)}`;
  let plans = compiled.get(key);
  if (!plans) {
    plans = compileWorkout(workout);
    if (compiled.size >= MAX_CACHED_RUNS) compiled.clear();
    compiled.set(key, plans);
  }
  plansOf.set(workout, plans);
  return plans;
}

const plansOf = new WeakMap<Workout, readonly SegmentPlan[]>();
