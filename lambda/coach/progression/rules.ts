import { ladderOf, stepBounds } from "./ladders";
import type { Change, MoveProgress, Rating } from "./types";

/** What a rating did to a move: a change to say next time, or why nothing changed. */
export type Outcome =
  | { readonly kind: "changed"; readonly change: Change }
  /** Too easy at the top of the range, with nothing harder to go to. */
  | { readonly kind: "top" }
  /** Too hard at the bottom, with nothing easier. */
  | { readonly kind: "bottom" }
  /** About right: stay as it is. */
  | { readonly kind: "same" };

export interface Rated {
  readonly entry: MoveProgress | undefined;
  readonly outcome: Outcome;
}

/**
 * Double progression, one step at a time (docs/sources.md, "Progress that adapts"). Too easy:
 * more reps, up to the top of the move's range; at the top, one step harder (the harder form,
 * or heavier weights) and the reps start again from the bottom of the range, because the
 * heavier load is a new challenge. Too hard: fewer reps, down to the bottom; at the bottom, one
 * step easier (the easier form, lighter weights) at the workout's own count. About right: no
 * change; a rep or two in hand is where training should sit.
 */
export function rateMove(
  exerciseId: string,
  entry: MoveProgress | undefined,
  rating: Rating,
  at: string,
  /** The move's harder and easier steps are the pull-up level's instead (pull-up-level.ts). */
  levelDecides = false,
): Rated {
  if (rating === "right") return { entry, outcome: { kind: "same" } };
  const ladder = ladderOf(exerciseId);
  const bounds = levelDecides ? { min: 0, max: 0 } : stepBounds(exerciseId);
  const reps = entry?.reps ?? 0;
  const step = entry?.step ?? 0;
  const changed = (next: Omit<MoveProgress, "at" | "news">, change: Change): Rated => ({
    entry: { ...next, at, news: change },
    outcome: { kind: "changed", change },
  });
  if (rating === "easy") {
    if (reps + ladder.repStep <= ladder.up)
      return changed({ reps: reps + ladder.repStep, step }, "more");
    if (step < bounds.max)
      return changed({ reps: -ladder.down, step: step + 1 }, ladder.load ? "heavier" : "harder");
    return { entry, outcome: { kind: "top" } };
  }
  if (reps - ladder.repStep >= -ladder.down)
    return changed({ reps: reps - ladder.repStep, step }, "fewer");
  if (step > bounds.min)
    return changed({ reps: 0, step: step - 1 }, ladder.load ? "lighter" : "easier");
  return { entry, outcome: { kind: "bottom" } };
}

/** Three or more reps left in the tank is too easy; one or two, about right; none, too hard. */
export function ratingOfRepsLeft(left: number): Rating {
  if (left >= 3) return "easy";
  if (left >= 1) return "right";
  return "hard";
}

/** A stored entry is only one these rules could have made for the move. */
export function fitsLadder(exerciseId: string, entry: MoveProgress): boolean {
  const ladder = ladderOf(exerciseId);
  const bounds = stepBounds(exerciseId);
  return (
    Number.isInteger(entry.reps) &&
    entry.reps >= -ladder.down &&
    entry.reps <= ladder.up &&
    Number.isInteger(entry.step) &&
    entry.step >= bounds.min &&
    entry.step <= bounds.max
  );
}
