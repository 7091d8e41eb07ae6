import { findWorkout } from "../catalog";
import type { Workout } from "../catalog/types";
import { isRated } from "./ladders";
import { levelAfter, levelDecides, movedLevel } from "./pull-up-level";
import { type Outcome, rateMove } from "./rules";
import type { Progression, Rating } from "./types";

/** What a rating did, for the acknowledgement: per move, and to the pull-up level. */
export interface RatingResult {
  readonly progression: Progression;
  /** Each move rated, by its catalog id, with what happened to it. */
  readonly outcomes: readonly { readonly exerciseId: string; readonly outcome: Outcome }[];
  readonly level?: "up" | "down";
}

/**
 * Applies one rating to the moves it was asked about (a move after its last set, or every
 * move done when asked at the end). Bar moves of a pull-up workout at the end of their range
 * move the pull-up level instead of a variant: one level, however many moves were rated.
 */
export function rateMoves(
  progression: Progression,
  workoutId: string,
  exerciseIds: readonly string[],
  rating: Rating,
  at: string,
): RatingResult {
  const workout = findWorkout(workoutId);
  const moves = { ...progression.moves };
  const outcomes: RatingResult["outcomes"][number][] = [];
  let level: "up" | "down" | undefined;
  for (const exerciseId of exerciseIds) {
    if (!workout || !isRated(exerciseId)) continue;
    const byLevel = levelDecides(workout, exerciseId);
    const rated = rateMove(exerciseId, moves[exerciseId], rating, at, byLevel);
    if (rated.entry) moves[exerciseId] = rated.entry;
    const edge =
      rated.outcome.kind === "top" ? "up" : rated.outcome.kind === "bottom" ? "down" : undefined;
    if (byLevel && edge && levelAfter(workout, edge)) {
      level = edge;
      // A new level starts the move at that workout's own count.
      delete moves[exerciseId];
    }
    outcomes.push({ exerciseId, outcome: rated.outcome });
  }
  const pullUps = level && workout ? pullUpsAfter(workout, level, at) : progression.pullUps;
  return {
    progression: { moves, ...(pullUps ? { pullUps } : {}) },
    outcomes,
    ...(level ? { level } : {}),
  };
}

function pullUpsAfter(workout: Workout, direction: "up" | "down", at: string) {
  const level = levelAfter(workout, direction);
  return level ? movedLevel(level, direction, at) : undefined;
}
