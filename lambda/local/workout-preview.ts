import {
  type Equipment,
  estimatedWorkoutSeconds,
  FRESH_VARIETY,
  findWorkout,
  planFor,
  speakSegment,
  type Variety,
  WORKOUTS,
} from "../coach";
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

/** The whole spoken script as a new user would hear it, or undefined for an unknown id. */
export function workoutScript(
  id: string,
  locale: Locale = DEFAULT_LOCALE,
): WorkoutScript | undefined {
  const v = voice(locale);
  const workout = findWorkout(id);
  if (!workout) return undefined;
  const plans = planFor(workout);
  let variety: Variety = FRESH_VARIETY;
  const segments = plans.map((_, index) => {
    const spoken = speakSegment(v, workout, plans, index, variety);
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
