import type { Workout } from "../catalog/types";

/**
 * What a workout asks of the body, for today's plan: whether it is hard interval work, and
 * which muscle groups its strength work loads. The two ways a day can be hard (issue 15):
 * HIIT or interval work, or strength for the same muscles on consecutive days.
 */

/** Coarse muscle groups: fine enough to tell a lower-back day from an upper-back day. */
export const MUSCLE_GROUPS = [
  "upper-back",
  "lower-back",
  "shoulders",
  "chest-arms",
  "core",
  "legs",
] as const;
export type MuscleGroup = (typeof MUSCLE_GROUPS)[number];

/**
 * The groups each strength or hold move works, from how the guides describe the moves: rows,
 * pulls and pulldowns the upper back (000, 001, 002, 003); lumbar extensions, bridges and the
 * reverse hip raise the lower back (000, 003); presses and raises the shoulders (000, 003);
 * push-ups the arms and chest as well as the back (000); planks and the jackknife the core
 * (000, 003); the swing the hips and legs (003). Cardio moves load no group here: they are
 * judged as interval work instead. Holds (planks) are listed for completeness but load no
 * group in trainingLoad: half a minute held twice is not work that needs a day to recover
 * from, and counting it would make every workout "the same muscles" as every other.
 */
const MUSCLES: Readonly<Record<string, readonly MuscleGroup[]>> = {
  "pull-up": ["upper-back"],
  "chin-up": ["upper-back"],
  "negative-pull-up": ["upper-back"],
  "assisted-pull-up": ["upper-back"],
  "lat-pulldown": ["upper-back"],
  "seated-cable-row": ["upper-back"],
  "bent-over-row": ["upper-back"],
  "renegade-row": ["upper-back", "core"],
  "reverse-fly": ["upper-back", "shoulders"],
  "shoulder-press": ["shoulders"],
  "dumbbell-low-row": ["upper-back"],
  "lateral-raise": ["shoulders"],
  "dumbbell-swing": ["legs", "lower-back"],
  "reverse-grip-double-arm-row": ["upper-back"],
  "side-plank-arm-extension": ["core", "shoulders"],
  "straight-arm-press-back": ["upper-back"],
  "single-arm-row": ["upper-back"],
  "dumbbell-plank": ["core"],
  "band-pull-apart": ["upper-back"],
  "band-seated-row": ["upper-back"],
  "lumbar-extension": ["lower-back"],
  bridge: ["lower-back"],
  plank: ["core"],
  "side-plank": ["core"],
  "push-up": ["chest-arms"],
  "knee-push-up": ["chest-arms"],
  "reverse-hip-raise": ["lower-back"],
  "side-jackknife": ["core"],
};

/** The groups a move works; none for cardio. */
export function musclesOf(exerciseId: string): readonly MuscleGroup[] {
  return MUSCLES[exerciseId] ?? [];
}

export interface TrainingLoad {
  /** HIIT or interval work: hard bursts between easier stretches. */
  readonly interval: boolean;
  /** The workout is HIIT itself (guide 002: about two days of it a week). */
  readonly hiit: boolean;
  /** Groups its strength moves (sets of reps) load. */
  readonly muscles: readonly MuscleGroup[];
}

/**
 * A workout's load. Interval work is any cardio with a hard phase between easier ones: the
 * guides call each kind in the catalog intervals (HIIT and run intervals, 000 and 001; the
 * blaster's minute moderate then minute hard, "interval-style", 002; the rowing machine's
 * three-minute intervals, 001). So in this catalog every cardio workout is interval work.
 */
export function trainingLoad(workout: Workout): TrainingLoad {
  const muscles = new Set<MuscleGroup>();
  let interval = false;
  for (const { exerciseId, prescription } of workout.blocks) {
    if (prescription.kind === "intervals") {
      const hard = prescription.phases.filter((p) => p.intensity === "hard").length;
      if (hard > 0 && hard < prescription.phases.length) interval = true;
    } else if (prescription.kind === "reps") {
      for (const group of musclesOf(exerciseId)) muscles.add(group);
    }
  }
  return { interval, hiit: workout.kinds.includes("hiit"), muscles: [...muscles] };
}

/** Whether two loads work a muscle group in common. */
export function sharesMuscles(a: readonly MuscleGroup[], b: readonly MuscleGroup[]): boolean {
  return a.some((group) => b.includes(group));
}
