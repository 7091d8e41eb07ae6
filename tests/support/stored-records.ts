import type { WorkoutProgress } from "../../lambda/coach";

/** A HIIT workout paused at its third segment: the position the store tests save and read. */
export const PAUSED_HIIT: WorkoutProgress = {
  workoutId: "hiit",
  segmentIndex: 2,
  status: "paused",
  varietyAtSegment: { praise: 1 },
};
