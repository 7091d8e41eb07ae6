import { isRecord } from "../../is-record";
import type { Block, RepsPrescription, Workout } from "../catalog/types";
import { isRated, ladderOf, variantAt, variantsOf } from "./ladders";
import { MAX_CACHED_RUNS, tuningKey } from "./tuning-key";
import {
  CHANGES,
  type FeedbackTiming,
  type Progression,
  type TunedBlock,
  type Tuning,
} from "./types";

/** The blocks of a workout that count reps of a rated move: the ones that adapt. */
function ratedReps(block: Block): RepsPrescription | undefined {
  return block.prescription.kind === "reps" && isRated(block.exerciseId)
    ? block.prescription
    : undefined;
}

/** The first block of each move: a move done twice (the blaster's round two) is asked about once. */
function firstBlocks(workout: Workout): Set<number> {
  const seen = new Set<string>();
  const first = new Set<number>();
  workout.blocks.forEach((block, index) => {
    if (seen.has(block.exerciseId)) return;
    seen.add(block.exerciseId);
    first.add(index);
  });
  return first;
}

export interface TunedRun {
  readonly tuning: Tuning;
  /** The record after this start: each change said now is no longer news. */
  readonly progression: Progression;
}

/**
 * A workout as this user will do it this time: each rated move at the reps and form its
 * record says, the change since last time marked to be said at its introduction, and, when
 * the user is asked after each move, the blocks whose last set ends with the question (the
 * first block of each move not already asked about in this session).
 */
export function tuneWorkout(
  workout: Workout,
  progression: Progression,
  timing: FeedbackTiming,
  askedThisSession: readonly string[] = [],
): TunedRun {
  const first = firstBlocks(workout);
  const blocks: TunedBlock[] = [];
  const moves = { ...progression.moves };
  let asks = "";
  workout.blocks.forEach((block, index) => {
    const p = ratedReps(block);
    const asked = p && timing === "each" && first.has(index);
    asks += asked && !askedThisSession.includes(block.exerciseId) ? "1" : "0";
    const entry = p ? progression.moves[block.exerciseId] : undefined;
    if (!p || !entry) return;
    const ladder = ladderOf(block.exerciseId);
    const reps = Math.max(1, p.reps + Math.max(-ladder.down, Math.min(ladder.up, entry.reps)));
    const exerciseId = variantAt(block.exerciseId, entry.step);
    const said = first.has(index) ? entry.news : undefined;
    if (reps === p.reps && exerciseId === block.exerciseId && !said) return;
    blocks.push({ block: index, reps, exerciseId, ...(said ? { said } : {}) });
    if (said) {
      const { news: _said, ...kept } = entry;
      moves[block.exerciseId] = kept;
    }
  });
  return {
    tuning: { blocks, ...(asks.includes("1") ? { asks } : {}) },
    progression: { ...progression, moves },
  };
}

/** The workout with its run's tuning applied: the same blocks and sets, the tuned reps and forms. */
export function applyTuning(workout: Workout, tuning: Tuning | undefined): Workout {
  if (!tuning || (tuning.blocks.length === 0 && !tuning.asks)) return workout;
  // A run's tuning is one object from turn to turn (read once per text, turn/packed-fields.ts):
  // its workout is made once, so the plans and estimates cached per workout are found again.
  const known = tunedWorkouts.get(tuning);
  if (known?.of === workout) return known.tuned;
  // Users whose runs are tuned alike (the same level on the same moves) share one workout, so
  // a run's second object of the same tuning, or another user's, finds those caches too.
  const key = `${workout.id} ${tuningKey(tuning)}`;
  const alike = tunedAlike.get(key);
  const tuned = alike?.of === workout ? alike.tuned : tunedWorkout(workout, tuning);
  if (alike?.tuned !== tuned) {
    if (tunedAlike.size >= MAX_CACHED_RUNS) tunedAlike.clear();
    tunedAlike.set(key, { of: workout, tuned });
  }
  tunedWorkouts.set(tuning, { of: workout, tuned });
  return tuned;
}

interface TunedOf {
  readonly of: Workout;
  readonly tuned: Workout;
}
const tunedWorkouts = new WeakMap<Tuning, TunedOf>();
/** Tuned workouts by their tuning's text: bounded, as tuned runs differ per user. */
const tunedAlike = new Map<string, TunedOf>();

function tunedWorkout(workout: Workout, tuning: Tuning): Workout {
  const blocks = workout.blocks.map((block, index): Block => {
    const tuned = tuning.blocks.find((t) => t.block === index);
    if (!tuned || block.prescription.kind !== "reps") return block;
    return {
      ...block,
      exerciseId: tuned.exerciseId,
      prescription: { ...block.prescription, reps: tuned.reps },
    };
  });
  return { ...workout, blocks, tuning };
}

/** The catalog's block a tuned block stands for: what its move was before any variant. */
export function catalogExerciseOf(original: Workout, blockIndex: number): string | undefined {
  return original.blocks[blockIndex]?.exerciseId;
}

/**
 * A tuning read back from storage or the session: only one these rules could have made for
 * this workout (each block a rated move, its reps inside the move's range, its form one of the
 * move's own, the question only after rated moves). Anything else is no tuning.
 */
export function parseTuning(raw: unknown, workout: Workout): Tuning | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.blocks)) return undefined;
  const items: unknown[] = raw.blocks;
  if (items.length > workout.blocks.length) return undefined;
  const blocks: TunedBlock[] = [];
  for (const item of items) {
    const tuned = parseBlock(item, workout);
    if (!tuned || blocks.some((b) => b.block === tuned.block)) return undefined;
    blocks.push(tuned);
  }
  let asks: string | undefined;
  if (raw.asks !== undefined) {
    if (typeof raw.asks !== "string" || raw.asks.length !== workout.blocks.length) return undefined;
    const ok = [...raw.asks].every(
      (c, i) => c === "0" || (c === "1" && workout.blocks[i] && ratedReps(workout.blocks[i])),
    );
    if (!ok) return undefined;
    asks = raw.asks;
  }
  return { blocks, ...(asks ? { asks } : {}) };
}

function parseBlock(raw: unknown, workout: Workout): TunedBlock | undefined {
  if (!isRecord(raw) || typeof raw.block !== "number" || typeof raw.exerciseId !== "string")
    return undefined;
  const block = Number.isInteger(raw.block) ? workout.blocks[raw.block] : undefined;
  const p = block && ratedReps(block);
  if (!block || !p) return undefined;
  const ladder = ladderOf(block.exerciseId);
  const { reps } = raw;
  if (typeof reps !== "number" || !Number.isInteger(reps)) return undefined;
  if (reps < Math.max(1, p.reps - ladder.down) || reps > p.reps + ladder.up) return undefined;
  const forms = variantsOf(block.exerciseId) ?? [block.exerciseId];
  if (!forms.includes(raw.exerciseId)) return undefined;
  const said = CHANGES.find((c) => c === raw.said);
  if (raw.said !== undefined && !said) return undefined;
  return { block: raw.block, reps, exerciseId: raw.exerciseId, ...(said ? { said } : {}) };
}
