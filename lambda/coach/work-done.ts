import type { Workout } from "./catalog/types";
import { planFor } from "./segments/compile";

/**
 * What a user has really done of a workout in one session: the segments heard to their end
 * (not the ones skipped past or cut off) and the seconds they took. Plain data the skill keeps
 * in the session; the workout log, the closing line and "how am I doing" are all read from it,
 * so they agree.
 */
export interface WorkDone {
  /** One character per segment of the workout: "1" heard to its end, "0" not. */
  readonly heard: string;
  /** Seconds of the segments heard: the workout's time, its introductions included. */
  readonly seconds: number;
  /** The cardio part of `seconds`. */
  readonly cardioSeconds: number;
}

/** The work summed up: what the log records and the closing line says. */
export interface WorkSummary {
  /** Moves with at least one work segment heard. */
  readonly moves: number;
  readonly totalMoves: number;
  /** Whole minutes of the segments heard. */
  readonly minutes: number;
  /** Whole minutes of cardio heard: what decides whether the session counts as cardio. */
  readonly cardioMinutes: number;
  /** Strength moves with every set heard: what decides whether it counts as strength. */
  readonly strengthMoves: number;
}

export function noWorkDone(workout: Workout): WorkDone {
  return { heard: "0".repeat(planFor(workout).length), seconds: 0, cardioSeconds: 0 };
}

/**
 * The work after segment `index` was heard to its end, `seconds` long. A set heard twice (the
 * user asked to repeat it) was done twice, so its seconds count twice; the move once.
 */
export function withHeard(
  workout: Workout,
  done: WorkDone,
  index: number,
  seconds: number,
): WorkDone {
  const plan = planFor(workout)[index];
  if (!plan) return done;
  const heard = `${done.heard.slice(0, index)}1${done.heard.slice(index + 1)}`;
  return {
    heard,
    seconds: done.seconds + seconds,
    cardioSeconds: done.cardioSeconds + (plan.kind === "cardio" ? seconds : 0),
  };
}

export function summarizeWork(workout: Workout, done: WorkDone): WorkSummary {
  const plans = planFor(workout);
  const worked = new Set<number>();
  const setsHeard = new Map<number, number>();
  plans.forEach((plan, index) => {
    if (plan.kind === "intro" || done.heard[index] !== "1") return;
    worked.add(plan.blockIndex);
    if (plan.kind === "set")
      setsHeard.set(plan.blockIndex, (setsHeard.get(plan.blockIndex) ?? 0) + 1);
  });
  const strengthMoves = [...setsHeard].filter(([block, sets]) => {
    const p = workout.blocks[block]?.prescription;
    return p !== undefined && p.kind !== "intervals" && sets >= p.sets;
  }).length;
  return {
    moves: worked.size,
    totalMoves: workout.blocks.length,
    minutes: Math.round(done.seconds / 60),
    cardioMinutes: Math.round(done.cardioSeconds / 60),
    strengthMoves,
  };
}

/** True when `done` could belong to `workout`: a session's state is checked before it is used. */
export function fitsWorkout(workout: Workout, done: WorkDone): boolean {
  return (
    done.heard.length === planFor(workout).length &&
    /^[01]*$/.test(done.heard) &&
    done.cardioSeconds <= done.seconds
  );
}

/**
 * The moves done in a run of the workout (WorkoutProgress.movesDone) after segment `index` was
 * heard to its end: its move, if it was work.
 */
export function withMoveDone(
  workout: Workout,
  movesDone: string | undefined,
  index: number,
): string {
  const moves = movesDone ?? "0".repeat(workout.blocks.length);
  const plan = planFor(workout)[index];
  if (!plan || plan.kind === "intro") return moves;
  return `${moves.slice(0, plan.blockIndex)}1${moves.slice(plan.blockIndex + 1)}`;
}
