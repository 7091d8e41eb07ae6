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
