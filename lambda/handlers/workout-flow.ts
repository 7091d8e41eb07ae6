import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { nextSegment, pauseWorkout, resumeWorkout, type WorkoutProgress } from "../coach";
import { LINES } from "../conversation/lines";
import { unfinishedWorkout } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState, updateState } from "../conversation/session-state";
import { endStretch, speakWorkoutTurn } from "../conversation/workout-turns";

/** The moves several handlers share: go on, pick up again, hold the position for later. */

/** "You're not in a workout right now", and how to start one. */
export function noWorkout(h: HandlerInput): Response {
  return ask(h, `${LINES.noWorkout} ${LINES.startHint}`, LINES.startHint);
}

/** The current segment again from its start, after a pause or in a new session. */
export function resumeCurrent(h: HandlerInput, progress: WorkoutProgress): Response {
  return speakWorkoutTurn(h, resumeWorkout(progress, getState(h).user.variety), LINES.pickingUp);
}

/** "Ready", "next", "yes": the next segment; after a pause, the paused one again. */
export function advance(h: HandlerInput): Response {
  const progress = unfinishedWorkout(getState(h));
  if (!progress) return noWorkout(h);
  if (progress.status === "paused") return resumeCurrent(h, progress);
  const turn = nextSegment(progress, getState(h).user.variety);
  return turn
    ? speakWorkoutTurn(h, turn)
    : ask(h, `${LINES.finishedAlready} ${LINES.startHint}`, LINES.startHint);
}

/** "Resume": the unfinished workout from the start of its segment. */
export function resume(h: HandlerInput): Response {
  const progress = unfinishedWorkout(getState(h));
  return progress ? resumeCurrent(h, progress) : noWorkout(h);
}

/**
 * Marks an unfinished workout paused, to pick up later, and logs what this session did of it;
 * false when there is no workout.
 */
export function holdPosition(h: HandlerInput): boolean {
  const progress = unfinishedWorkout(getState(h));
  if (!progress) return false;
  updateState(h, (state) => {
    const logged = endStretch(h, state);
    return { ...logged, user: { ...logged.user, progress: pauseWorkout(progress) } };
  });
  return true;
}
