import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { type CoachTurn, coachedSince, type WorkoutProgress } from "../coach";
import type { WorkoutLogEntry } from "../store/workout-log";
import { LINES } from "./lines";
import { requestTime } from "./requests";
import { ask, joinSpeech, type Say } from "./respond";
import { type SessionState, updateState } from "./session-state";

/** Shorter stretches (an introduction heard, then "stop") are not worth a line in the log. */
const MIN_LOGGED_SECONDS = 60;

/**
 * Speaks a workout segment and keeps its state: the new position and variety; when the
 * segment was the workout's last, a log entry for this session's stretch and a tip offer.
 */
export function speakWorkoutTurn(h: HandlerInput, turn: CoachTurn, ...before: Say[]): Response {
  const finished = turn.progress.status === "finished";
  updateState(h, (state) => {
    // Starting a different workout closes the stretch of the one before.
    const closed =
      state.stretch && state.stretch.workoutId !== turn.progress.workoutId
        ? endStretch(h, state)
        : state;
    const stretch = closed.stretch ?? {
      workoutId: turn.progress.workoutId,
      fromSegment: turn.progress.segmentIndex,
    };
    const { progress: _previous, ...user } = closed.user;
    const next: SessionState = {
      ...closed,
      stretch,
      user: finished
        ? { ...user, variety: turn.variety }
        : { ...user, progress: turn.progress, variety: turn.variety },
    };
    return finished ? endStretch(h, next, turn.progress) : next;
  });
  return finished
    ? ask(h, joinSpeech(...before, turn.speech), LINES.tipReprompt, "tip")
    : ask(h, joinSpeech(...before, turn.speech), LINES.segmentReprompt, "segment");
}

/**
 * Logs the stretch of workout coached in this session (finished when `finishedAt` is given)
 * and clears it. Called when the workout ends, pauses, stops or gives way to another.
 */
export function endStretch(
  h: HandlerInput,
  state: SessionState,
  finishedAt?: WorkoutProgress,
): SessionState {
  const { stretch: _ended, ...rest } = state;
  const entry = stretchEntry(h, state, finishedAt);
  if (!entry) return rest;
  const requestId = h.requestEnvelope.request.requestId;
  return { ...rest, unsavedLog: [...state.unsavedLog, { requestId, entry }] };
}

/**
 * The log entry for the stretch coached in this session so far, as if it ended now; undefined
 * when there is none or it is too short to log. Also counts a workout under way in "how am I
 * doing?".
 */
export function stretchEntry(
  h: HandlerInput,
  state: SessionState,
  finishedAt?: WorkoutProgress,
): WorkoutLogEntry | undefined {
  const { stretch } = state;
  const position = finishedAt ?? state.user.progress;
  if (!stretch || !position || position.workoutId !== stretch.workoutId) return undefined;
  const done = coachedSince(position, stretch.fromSegment);
  if (!finishedAt && done.seconds < MIN_LOGGED_SECONDS) return undefined;
  return {
    workoutId: position.workoutId,
    endedAt: requestTime(h),
    completed: finishedAt !== undefined,
    minutes: Math.round(done.seconds / 60),
    moves: done.moves,
    totalMoves: done.totalMoves,
  };
}
