import type { Locale } from "../../i18n/locales";
import type { Voice } from "../../i18n/voice";
import type { Workout } from "../catalog/types";
import { FRESH_VARIETY } from "../lines";
import { type Pace, STANDARD_PACE } from "../pace";
import { tuningKey } from "../progression/tune";
import { MAX_CACHED_RUNS, planFor } from "./compile";
import { type Delivery, speakSegment } from "./speak-segment";

/** Per locale, workout and pace: words differ in length between languages, reps between paces. */
const cache = new Map<string, readonly number[]>();

/**
 * Estimates worked out ahead by this same code, for a locale, a workout and a pace: the Lambda
 * bundle carries them (scripts/segment-estimates.ts writes them when it is built), so its first
 * launch does not render a whole workout to announce its length. Undefined: work it out here.
 */
export type KnownEstimates = (
  locale: Locale,
  workoutId: string,
  pace: Pace,
) => readonly number[] | undefined;

let known: KnownEstimates = () => undefined;

/** Where estimates worked out ahead come from (lambda/index.ts: the files beside the bundle). */
export function useKnownEstimates(source: KnownEstimates): void {
  known = source;
  cache.clear();
}

/**
 * Estimated seconds of each segment of a workout at a pace. Rotating lines change a segment's
 * length by a second or two at most, so one rendering with fresh variety stands for every user.
 * The introduction announces a length computed from these very estimates, so here it is
 * rendered with the stated minutes standing in: "fifteen minutes" and "sixteen minutes" take
 * the same time to say.
 */
export function segmentSeconds(
  v: Voice,
  workout: Workout,
  pace: Pace = STANDARD_PACE,
): readonly number[] {
  const key = `${v.locale} ${workout.id} ${pace} ${tuningKey(workout.tuning)}`;
  let seconds = cache.get(key);
  if (!seconds) {
    // Worked out ahead for the catalog's workouts; a run tuned to the user is its own.
    const ahead = workout.tuning ? undefined : known(v.locale, workout.id, pace);
    seconds = ahead ?? renderedSeconds(v, workout, pace);
    if (cache.size >= MAX_CACHED_RUNS) cache.clear();
    cache.set(key, seconds);
  }
  return seconds;
}

/** The estimates worked out: every segment rendered, as a user would hear it. */
export function renderedSeconds(v: Voice, workout: Workout, pace: Pace): number[] {
  const plans = planFor(workout);
  const delivery: Delivery = { pace, minutes: workout.minutes };
  let variety = FRESH_VARIETY;
  return plans.map((_, index) => {
    const spoken = speakSegment(v, workout, plans, index, variety, delivery);
    variety = spoken.variety;
    return spoken.estimatedSeconds;
  });
}

export function estimatedWorkoutSeconds(
  v: Voice,
  workout: Workout,
  pace: Pace = STANDARD_PACE,
): number {
  return Math.round(segmentSeconds(v, workout, pace).reduce((sum, s) => sum + s, 0));
}

/**
 * The one length a workout is announced with, in whole minutes: its spoken estimate at the
 * user's pace, rounded, so what the coach promises is what the user hears (within half a minute,
 * under 10% for every workout of five minutes or more) and follows a change of pace. The
 * guide's own figure (`workout.minutes`) stays what the workout is chosen by.
 */
export function announcedMinutes(v: Voice, workout: Workout, pace: Pace = STANDARD_PACE): number {
  return Math.max(1, Math.round(estimatedWorkoutSeconds(v, workout, pace) / 60));
}

/** What a segment needs to be spoken for this user: their pace and the honest length. */
export function deliveryFor(v: Voice, workout: Workout, pace: Pace = STANDARD_PACE): Delivery {
  return { pace, minutes: announcedMinutes(v, workout, pace) };
}
