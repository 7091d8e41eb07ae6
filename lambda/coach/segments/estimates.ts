import type { Workout } from "../catalog/types";
import { FRESH_VARIETY } from "../lines";
import { planFor } from "./compile";
import { speakSegment } from "./speak-segment";

const cache = new Map<string, readonly number[]>();

/**
 * Estimated seconds of each segment of a workout. Rotating lines change a segment's length by a
 * second or two at most, so one rendering with fresh variety stands for every user.
 */
export function segmentSeconds(workout: Workout): readonly number[] {
  let seconds = cache.get(workout.id);
  if (!seconds) {
    const plans = planFor(workout);
    let variety = FRESH_VARIETY;
    seconds = plans.map((_, index) => {
      const spoken = speakSegment(workout, plans, index, variety);
      variety = spoken.variety;
      return spoken.estimatedSeconds;
    });
    cache.set(workout.id, seconds);
  }
  return seconds;
}

export function estimatedWorkoutSeconds(workout: Workout): number {
  return Math.round(segmentSeconds(workout).reduce((sum, s) => sum + s, 0));
}
