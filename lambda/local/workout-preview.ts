// Every estimate here is worked out by the engine, never read from a bundle's files.
import "../coach/segments/rendered-seconds";
import { findWorkout } from "../coach/catalog";
import type { Equipment } from "../coach/catalog/types";
import { WORKOUTS } from "../coach/catalog/workouts";
import { FRESH_VARIETY, type Variety } from "../coach/lines";
import { type Pace, STANDARD_PACE } from "../coach/pace";
import { planFor } from "../coach/segments/compile";
import {
  announcedMinutes,
  deliveryFor,
  estimatedWorkoutSeconds,
} from "../coach/segments/estimates";
import { speakSegment } from "../coach/segments/speak-segment";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { voice } from "../i18n/voice";

/** One line of `npm run workouts -- list --json` (contract in docs/architecture.md). */
export interface WorkoutSummary {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  readonly estimatedSeconds: number;
  readonly equipment: readonly Equipment[];
}

/** `npm run workouts -- show ID --json` (contract in docs/architecture.md). */
export interface WorkoutScript {
  readonly id: string;
  readonly title: string;
  readonly estimatedSeconds: number;
  readonly segments: readonly { readonly ssml: string; readonly estimatedSeconds: number }[];
}

export function listWorkouts(locale: Locale = DEFAULT_LOCALE): WorkoutSummary[] {
  const v = voice(locale);
  return WORKOUTS.map((workout) => ({
    id: workout.id,
    title: v.workout(workout.id).title,
    minutes: workout.minutes,
    estimatedSeconds: estimatedWorkoutSeconds(v, workout),
    equipment: workout.equipment,
  }));
}

/**
 * The minutes a workout's introduction announces at the standard pace, for `list` beside the
 * stated and spoken ones (not in the JSON, whose shape is a contract).
 */
export function announcedMinutesOf(id: string, locale: Locale = DEFAULT_LOCALE): number {
  const workout = findWorkout(id);
  return workout ? announcedMinutes(voice(locale), workout) : 0;
}

/**
 * The whole spoken script as a new user would hear it (at a pace they chose, if given), or
 * undefined for an unknown id.
 */
export function workoutScript(
  id: string,
  locale: Locale = DEFAULT_LOCALE,
  pace: Pace = STANDARD_PACE,
): WorkoutScript | undefined {
  const v = voice(locale);
  const workout = findWorkout(id);
  if (!workout) return undefined;
  const plans = planFor(workout);
  const delivery = deliveryFor(v, workout, pace);
  let variety: Variety = FRESH_VARIETY;
  const segments = plans.map((_, index) => {
    const spoken = speakSegment(v, workout, plans, index, variety, delivery);
    variety = spoken.variety;
    return { ssml: spoken.ssml, estimatedSeconds: spoken.estimatedSeconds };
  });
  const total = segments.reduce((sum, segment) => sum + segment.estimatedSeconds, 0);
  return {
    id: workout.id,
    title: v.workout(workout.id).title,
    estimatedSeconds: Math.round(total),
    segments,
  };
}
