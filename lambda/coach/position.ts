import { getExercise, getWorkout } from "./catalog";
import type { Exercise, Workout } from "./catalog/types";
import type { Variety } from "./lines";
import { applyTuning } from "./progression/tune";
import type { Tuning } from "./progression/types";
import { planFor } from "./segments/compile";
import type { SegmentPlan } from "./segments/plan";

/**
 * Where a user is in a workout. Plain data: the skill keeps it in session attributes and
 * storage, and passes it back in. The engine never reads a clock or a database.
 */
export interface WorkoutProgress {
  readonly workoutId: string;
  /**
   * Active: the segment last spoken. Paused: the one to pick up, which is the one after a
   * segment heard to its end, or the one the user cut off.
   */
  readonly segmentIndex: number;
  readonly status: "active" | "paused" | "finished";
  /** The variety in force before this segment was spoken, so "repeat" says it word for word. */
  readonly varietyAtSegment: Variety;
  /**
   * Paused only: the user cut this segment off this many seconds into its speech, so "resume"
   * picks a cardio block up at the phase they stopped in and says where that was.
   */
  readonly stoppedAfter?: number;
  /**
   * One character per move of the workout: "1" once work of it was heard to its end in this
   * run of the workout, across sessions, so a workout paused and finished later is finished.
   */
  readonly movesDone?: string;
  /** The run's reps and forms, tuned to the user when it started (progression/tune.ts). */
  readonly tuning?: Tuning;
}

/** The workout as this run does it: the catalog's, with the tuning the run started with. */
export function workoutOf(progress: Pick<WorkoutProgress, "workoutId" | "tuning">): Workout {
  return applyTuning(getWorkout(progress.workoutId), progress.tuning);
}

/** What the user is doing now, for "where was I" and "how do I do this". */
export interface Position {
  readonly workout: Workout;
  readonly exercise: Exercise;
  readonly segment: SegmentPlan;
  readonly moveNumber: number;
  readonly moves: number;
  readonly set?: number;
  readonly sets?: number;
}

export function positionOf(progress: WorkoutProgress): Position {
  const workout = workoutOf(progress);
  const segment = planFor(workout)[progress.segmentIndex];
  if (!segment)
    throw new RangeError(`Workout ${workout.id} has no segment ${progress.segmentIndex}`);
  return {
    workout,
    exercise: getExercise(segment.exerciseId),
    segment,
    moveNumber: segment.blockIndex + 1,
    moves: workout.blocks.length,
    ...(segment.kind === "set" ? { set: segment.set, sets: segment.sets } : {}),
  };
}
