import type { Telemetry } from "../telemetry";
import type { SessionState } from "./session-state";

/**
 * What a turn changed that is worth a metric: a workout started (its first segment spoken, and
 * not the one under way before), workouts finished (newly logged as completed).
 */
export function countWorkouts(
  telemetry: Telemetry,
  before: SessionState,
  after: SessionState,
): void {
  const progress = after.user.progress;
  if (progress?.segmentIndex === 0 && progress.workoutId !== before.user.progress?.workoutId) {
    telemetry.count("WorkoutsStarted");
  }
  const finished = after.unsavedLog
    .slice(before.unsavedLog.length)
    .filter((logged) => logged.entry.completed).length;
  if (finished > 0) telemetry.count("WorkoutsFinished", finished);
}
