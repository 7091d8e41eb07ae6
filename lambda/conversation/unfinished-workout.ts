import type { WorkoutProgress } from "../coach/position";
/**
 * Where the user's workout stands, read from the state: small on its own, because the launch,
 * the router and the turn handler ask it without needing anything else of a workout's turns.
 */

import type { SessionState } from "../turn/session-state";

/** The workout being done in this session (not one paused earlier), if any. */
export function activeWorkout(state: SessionState): WorkoutProgress | undefined {
  const progress = state.user.progress;
  return progress?.status === "active" ? progress : undefined;
}

/** The user's unfinished workout, active or paused, if there is one. */
export function unfinishedWorkout(state: SessionState): WorkoutProgress | undefined {
  const progress = state.user.progress;
  return progress && progress.status !== "finished" ? progress : undefined;
}
