/** One workout the user did, finished or not: its own item, so a week is one Query. */
export interface WorkoutLogEntry {
  readonly workoutId: string;
  /** ISO time the workout ended (the request's timestamp). */
  readonly endedAt: string;
  readonly completed: boolean;
  /** Minutes of coaching done (estimated). */
  readonly minutes: number;
  /** Moves started, of the workout's total. */
  readonly moves: number;
  readonly totalMoves: number;
}

/** A logged workout read back, or undefined if the item is not one we can use. */
export function parseWorkoutLogEntry(item: Record<string, unknown>): WorkoutLogEntry | undefined {
  const { workoutId, endedAt, completed, minutes, moves, totalMoves } = item;
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
  };
}
