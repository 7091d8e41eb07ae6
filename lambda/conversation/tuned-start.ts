import { getWorkout } from "../coach/catalog";
import type { WorkoutRequest } from "../coach/catalog/choose-workout";
import { isLevelWorkout } from "../coach/progression/pull-up-level";
import { levelLine } from "../coach/progression/speak-progression";
import { tuneWorkout } from "../coach/progression/tune";
import { NO_PROGRESSION } from "../coach/progression/types";
import { type CoachTurn, startWorkout } from "../coach/session";
import { voice } from "../i18n/voice";
import { askTimingOf, paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { handsFreeRun } from "./hands-free";
import type { Part } from "./reply";

/**
 * A workout asked for by kind "pull-ups" with no level named: the level the user's pull-up
 * progression has reached, once it has moved.
 */
export function withPullUpLevel(request: WorkoutRequest, state: SessionState): WorkoutRequest {
  const level = state.user.progression?.pullUps?.level;
  return request.kind === "pull-ups" && request.level === undefined && level
    ? { ...request, level }
    : request;
}

/**
 * Starts a workout tuned to the user: each move at the reps and form their ratings have
 * earned, the changes marked to be said at each move, and "how was that?" after the moves the
 * user will be asked about. What was news is news no longer in the record; a pull-up workout at
 * a new level says so first. `before` is what the answer says ahead of it (for hands-free's
 * budget).
 */
export function tunedStart(
  turn: Turn,
  state: SessionState,
  workoutId: string,
  before: readonly Part[] = [],
): { readonly coached: CoachTurn; readonly state: SessionState; readonly lead: string[] } {
  const v = voice(turn.locale);
  const workout = getWorkout(workoutId);
  const progression = state.user.progression ?? NO_PROGRESSION;
  const run = tuneWorkout(workout, progression, askTimingOf(state.user), state.asked);
  const lead: string[] = [];
  let next = run.progression;
  const pullUps = next.pullUps;
  if (isLevelWorkout(workout) && pullUps?.news && pullUps.level === workout.level) {
    lead.push(levelLine(v, pullUps.news));
    const { news: _said, ...kept } = pullUps;
    next = { ...next, pullUps: kept };
  }
  const user =
    state.user.progression === undefined ? state.user : { ...state.user, progression: next };
  const coached = startWorkout(
    v,
    workoutId,
    user.variety,
    paceOf(user),
    run.tuning,
    handsFreeRun(user, ...before, ...lead),
  );
  return { coached, state: { ...state, user }, lead };
}
