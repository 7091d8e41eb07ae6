import type { Equipment, Level, Workout, WorkoutKind } from "./types";
import { WORKOUTS } from "./workouts";

/** What the user asked for; any part may be missing ("start a back workout"). */
export interface WorkoutRequest {
  readonly kind?: WorkoutKind;
  readonly minutes?: number;
  /** "I only have a band": the one piece of kit available ("none" for bodyweight only). */
  readonly equipment?: Equipment;
  readonly level?: Level;
}

export interface WorkoutChoice {
  readonly workout: Workout;
  /** The parts of the request that no workout could meet together, so were let go. */
  readonly relaxed: readonly (keyof WorkoutRequest)[];
}

/** The signature workout, for "start a back workout" with nothing else said. */
export const DEFAULT_WORKOUT_ID = "back-fat-blaster";

/**
 * Picks the workout that best fits a request. Kind, equipment and level filter (workouts that
 * use the named kit first); length picks the closest. When nothing fits everything, the softest wishes are let go first: level, then
 * length, then kind. Equipment goes last, because it is what the user physically has.
 */
export function chooseWorkout(request: WorkoutRequest): WorkoutChoice {
  const dropOrder: (keyof WorkoutRequest)[] = ["level", "minutes", "kind", "equipment"];
  const relaxed: (keyof WorkoutRequest)[] = [];
  let wish: WorkoutRequest = request;
  for (;;) {
    const workout = bestMatch(wish);
    if (workout) return { workout, relaxed };
    const next = dropOrder.find((key) => wish[key] !== undefined);
    if (!next) break;
    relaxed.push(next);
    wish = { ...wish, [next]: undefined };
  }
  // Unreachable with a non-empty catalog: an empty wish matches the default.
  throw new Error("The workout catalog is empty");
}

function bestMatch(request: WorkoutRequest): Workout | undefined {
  const { kind, equipment, level, minutes } = request;
  const candidates = WORKOUTS.filter(
    (w) =>
      (kind === undefined || w.kinds.includes(kind)) &&
      (equipment === undefined || w.equipment.every((e) => e === "none" || e === equipment)) &&
      (level === undefined || w.level === level),
  );
  if (candidates.length === 0) return undefined;
  // "I only have a band" means "use my band": workouts that need it come first.
  const usesKit =
    equipment === undefined || equipment === "none"
      ? []
      : candidates.filter((w) => w.equipment.includes(equipment));
  const pool = usesKit.length > 0 ? usesKit : candidates;
  if (minutes === undefined) {
    return pool.find((w) => w.id === DEFAULT_WORKOUT_ID) ?? pool[0];
  }
  return pool.reduce((best, w) =>
    Math.abs(w.minutes - minutes) < Math.abs(best.minutes - minutes) ? w : best,
  );
}
