import type { Locale } from "../../i18n/locales";
import type { Voice } from "../../i18n/voice";
import type { Workout } from "../catalog/types";
import { type Pace, STANDARD_PACE } from "../pace";
import { MAX_CACHED_RUNS, tuningKey } from "../progression/tuning-key";
import type { Delivery } from "./speak-segment";

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

/** How an estimate is worked out when not known ahead: every segment rendered (rendered-seconds.ts). */
export type Renderer = (v: Voice, workout: Workout, pace: Pace) => readonly number[];

let renderer: Renderer | undefined;

/**
 * The speaking engine's renderer, which rendered-seconds.ts hands over as it loads: this module
 * is on a launch's path (announcing the offer's length, from the estimates known ahead) and
 * the engine is not, so it cannot import the engine itself. Whatever asks for an estimate
 * either imports rendered-seconds.ts (the engine's modules do) or awaits readyToEstimate (the
 * launch); an estimate asked for with neither throws, and says so.
 */
export function useRenderer(render: Renderer): void {
  renderer = render;
}

/**
 * Makes sure `workout`'s estimates at `pace` can be had at once: known ahead, already worked
 * out, or the renderer loaded to work them out. A launch awaits it before announcing a length,
 * since it may come before anything of the engine loaded; the engine's own modules load the
 * renderer with them.
 */
export async function readyToEstimate(v: Voice, workout: Workout, pace: Pace): Promise<void> {
  if (renderer || cache.has(keyOf(v, workout, pace)) || ahead(v, workout, pace)) return;
  await import("./rendered-seconds");
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
  const key = keyOf(v, workout, pace);
  let seconds = cache.get(key);
  if (!seconds) {
    seconds = ahead(v, workout, pace) ?? rendered(v, workout, pace);
    if (cache.size >= MAX_CACHED_RUNS) cache.clear();
    cache.set(key, seconds);
  }
  return seconds;
}

function keyOf(v: Voice, workout: Workout, pace: Pace): string {
  return `${v.locale} ${workout.id} ${pace} ${tuningKey(workout.tuning)}`;
}

/** Worked out ahead for the catalog's workouts; a run tuned to the user is its own. */
function ahead(v: Voice, workout: Workout, pace: Pace): readonly number[] | undefined {
  return workout.tuning ? undefined : known(v.locale, workout.id, pace);
}

function rendered(v: Voice, workout: Workout, pace: Pace): readonly number[] {
  if (!renderer) {
    throw new Error(
      `No estimates of ${workout.id} at pace ${pace}, and no renderer loaded: readyToEstimate first`,
    );
  }
  return renderer(v, workout, pace);
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
