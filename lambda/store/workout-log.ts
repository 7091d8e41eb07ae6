/** One workout the user did, finished or not: its own item, so a week is one Query. */
export interface WorkoutLogEntry {
  readonly workoutId: string;
  /** ISO time the workout ended (the request's timestamp). */
  readonly endedAt: string;
  /** Every move of the workout had work heard to its end. */
  readonly completed: boolean;
  /** Minutes of work heard to its end (estimated from the speech). */
  readonly minutes: number;
  /** Moves with work heard to its end, of the workout's total. */
  readonly moves: number;
  readonly totalMoves: number;
  /** Minutes of cardio heard; absent in entries logged before it was recorded. */
  readonly cardioMinutes?: number;
  /** Strength moves with every set heard; absent in entries logged before it was recorded. */
  readonly strengthMoves?: number;
}

/** A logged workout read back, or undefined if the item is not one we can use. */
export function parseWorkoutLogEntry(item: Record<string, unknown>): WorkoutLogEntry | undefined {
  const {
    workoutId,
    endedAt,
    completed,
    minutes,
    moves,
    totalMoves,
    cardioMinutes,
    strengthMoves,
  } = item;
  if (
    typeof workoutId !== "string" ||
    typeof endedAt !== "string" ||
    Number.isNaN(Date.parse(endedAt))
  ) {
    return undefined;
  }
  const count = (value: unknown) => (typeof value === "number" && value >= 0 ? value : 0);
  return {
    workoutId,
    endedAt,
    completed: completed === true,
    minutes: count(minutes),
    moves: count(moves),
    totalMoves: count(totalMoves),
    ...(isCount(cardioMinutes) ? { cardioMinutes } : {}),
    ...(isCount(strengthMoves) ? { strengthMoves } : {}),
  };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
