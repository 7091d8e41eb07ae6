import { getExercise } from "../catalog";
import { EXERCISES } from "../catalog/exercises";

/**
 * How each rep-counted move gets harder or easier, as coaches do it (double progression): first
 * reps, up to the top of the move's range; at the top, a harder form or heavier weights, and the
 * reps go back to the bottom. Too hard: fewer reps, down to the bottom of the range; at the
 * bottom, the easier form or lighter weights. The sources are in docs/sources.md.
 */
export interface Ladder {
  /** Reps added or taken away in one step. */
  readonly repStep: number;
  /** Reps above the workout's own count: the top of the range. */
  readonly up: number;
  /** Reps below it: the bottom of the range. */
  readonly down: number;
  /** What a step harder or easier is, beyond reps. */
  readonly load?: LoadKind;
}

/** What "heavier" means for a move's kit. */
export type LoadKind = "dumbbells" | "band" | "stack" | "assistance";

/**
 * Forms of one move from easiest to hardest, where the guides give them. 000: push-ups
 * "conventional or modified with your knees on the floor".
 */
export const VARIANTS: readonly (readonly string[])[] = [["knee-push-up", "push-up"]];

/** Heavier and lighter: at most this many steps either way, so no record runs away. */
export const MAX_LOAD_STEPS = 3;
/** A step's reps are two; moves done in small numbers (pull-ups, negatives) go one at a time. */
const SMALL_COUNT_STEP = 1;
const REP_STEP = 2;
/** Two steps either way around the workout's own count: the range for moves no guide gives one. */
const STEPS_EACH_WAY = 2;

/**
 * Ranges the guides give, as reps above and below the count our workouts use. 003: lateral
 * raises 10-12 (we do 12: already at the top); 000: band pulls held 10 s, 7-10 times (we do 8);
 * 000: bridges 10-20 in all, in our two sets 5-10 each (we do 5: at the bottom).
 */
const GUIDE_RANGES: Readonly<Record<string, { up: number; down: number; repStep?: number }>> = {
  "lateral-raise": { up: 0, down: 2 },
  "band-pull-apart": { up: 2, down: 1, repStep: 1 },
  bridge: { up: 5, down: 0, repStep: 1 },
};

/** Moves done in small numbers: a rep is a big part of the set. */
const SMALL_COUNT_MOVES = new Set(["pull-up", "chin-up", "negative-pull-up"]);

/**
 * What heavier means per kit. 000: "if you can lift the dumbbells effortlessly, the muscles are
 * not being worked" (dumbbells); "if you don't feel enough resistance, move the chair further
 * away from the door or use a thicker band" (band); machines take a heavier plate on the stack,
 * and the assisted pull-up machine less assistance (001's easier forms of the pull-up).
 */
function loadOf(exerciseId: string): LoadKind | undefined {
  if (exerciseId === "assisted-pull-up") return "assistance";
  switch (getExercise(exerciseId).equipment) {
    case "dumbbells":
      return "dumbbells";
    case "band":
      return "band";
    case "gym-machine":
      return "stack";
    default:
      return undefined;
  }
}

/** Ladders by move: asked for every rated move each time a record is read. */
const ladders = new Map<string, Ladder>();
const EXERCISE_IDS: ReadonlySet<string> = new Set(EXERCISES.map((e) => e.id));

export function ladderOf(exerciseId: string): Ladder {
  let ladder = ladders.get(exerciseId);
  if (!ladder) {
    ladder = ladderFor(exerciseId);
    // The catalog's moves only: an unknown id gets its ladder, but is not remembered.
    if (EXERCISE_IDS.has(exerciseId)) ladders.set(exerciseId, ladder);
  }
  return ladder;
}

function ladderFor(exerciseId: string): Ladder {
  const small = SMALL_COUNT_MOVES.has(exerciseId);
  const repStep = small ? SMALL_COUNT_STEP : REP_STEP;
  const range = GUIDE_RANGES[exerciseId] ?? {
    up: repStep * STEPS_EACH_WAY,
    down: repStep * STEPS_EACH_WAY,
  };
  const load = loadOf(exerciseId);
  return {
    repStep: range.repStep ?? repStep,
    up: range.up,
    down: range.down,
    ...(load ? { load } : {}),
  };
}

/** The forms of a move, easiest first, if it has more than one. */
export function variantsOf(exerciseId: string): readonly string[] | undefined {
  return VARIANTS.find((ladder) => ladder.includes(exerciseId));
}

/** The steps a move's record may hold: its variants either way, or its loads. */
export function stepBounds(exerciseId: string): { readonly min: number; readonly max: number } {
  const variants = variantsOf(exerciseId);
  if (variants) {
    const at = variants.indexOf(exerciseId);
    return { min: -at, max: variants.length - 1 - at };
  }
  return ladderOf(exerciseId).load
    ? { min: -MAX_LOAD_STEPS, max: MAX_LOAD_STEPS }
    : { min: 0, max: 0 };
}

/** The form a block's move is done in, `step` steps harder or easier. */
export function variantAt(exerciseId: string, step: number): string {
  const variants = variantsOf(exerciseId);
  if (!variants) return exerciseId;
  const at = variants.indexOf(exerciseId) + step;
  return variants[Math.max(0, Math.min(variants.length - 1, at))] ?? exerciseId;
}

/** Moves whose reps the coach counts and asks about: strength moves, not holds or cardio. */
export function isRated(exerciseId: string): boolean {
  return getExercise(exerciseId).kind === "strength";
}
