import type { Voice } from "../../i18n/voice";
import type { Workout } from "../catalog/types";
import { FRESH_VARIETY } from "../lines";
import { planFor } from "./compile";
import { speakSegment } from "./speak-segment";

/** Per locale and workout: words differ in length between languages. */
const cache = new Map<string, readonly number[]>();

/**
 * Estimated seconds of each segment of a workout. Rotating lines change a segment's length by a
 * second or two at most, so one rendering with fresh variety stands for every user.
 */
export function segmentSeconds(v: Voice, workout: Workout): readonly number[] {
  const key = `${v.locale} ${workout.id}`;
  let seconds = cache.get(key);
  if (!seconds) {
    const plans = planFor(workout);
    let variety = FRESH_VARIETY;
    seconds = plans.map((_, index) => {
      const spoken = speakSegment(v, workout, plans, index, variety);
      variety = spoken.variety;
      return spoken.estimatedSeconds;
    });
    cache.set(key, seconds);
  }
  return seconds;
}

export function estimatedWorkoutSeconds(v: Voice, workout: Workout): number {
  return Math.round(segmentSeconds(v, workout).reduce((sum, s) => sum + s, 0));
}
