import { BackCoachError } from "../../errors";
import { EXERCISES } from "./exercises";
import type { Exercise, Workout } from "./types";
import { WORKOUTS } from "./workouts";

export {
  chooseWorkout,
  DEFAULT_WORKOUT_ID,
  dependsOnKit,
  type LengthFit,
  type LengthOf,
  statedMinutes,
  type WorkoutChoice,
  type WorkoutRequest,
} from "./choose-workout";
export { EXERCISES } from "./exercises";
export { isKit, KITS, type Kit, kitEquipment, kitNamedBy, kitOf } from "./kit";
export * from "./types";
export { WORKOUTS } from "./workouts";

const exercisesById: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));
const workoutsById: ReadonlyMap<string, Workout> = new Map(WORKOUTS.map((w) => [w.id, w]));

export function findExercise(id: string): Exercise | undefined {
  return exercisesById.get(id);
}

export function findWorkout(id: string): Workout | undefined {
  return workoutsById.get(id);
}

/** For data the catalog itself guarantees (ids checked by tests): fails loudly if not. */
export function getExercise(id: string): Exercise {
  const exercise = exercisesById.get(id);
  if (!exercise) throw new UnknownCatalogIdError("exercise", id);
  return exercise;
}

export function getWorkout(id: string): Workout {
  const workout = workoutsById.get(id);
  if (!workout) throw new UnknownCatalogIdError("workout", id);
  return workout;
}

export class UnknownCatalogIdError extends BackCoachError {
  override readonly name = "UnknownCatalogIdError";

  constructor(
    readonly what: "exercise" | "workout",
    readonly id: string,
  ) {
    super(`Unknown ${what} id "${id}"`);
  }
}
