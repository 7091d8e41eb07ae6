import { type CoachTurn, coachedSince, type WorkoutProgress } from "../coach";
import { voice } from "../i18n/voice";
import type { WorkoutLogEntry } from "../store/workout-log";
import type { SessionState } from "../turn/session-state";
import { requestKeyOf, type Turn } from "../turn/turn";
import { ask, type Outcome, type Part } from "./reply";

/** Shorter stretches (an introduction heard, then "stop") are not worth a line in the log. */
const MIN_LOGGED_SECONDS = 60;

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

/**
 * Speaks a workout segment and keeps its state: the new position and variety; when the
 * segment was the workout's last, a log entry for this session's stretch and a tip offer.
 */
export function speakWorkoutTurn(
  turn: Turn,
  state: SessionState,
  coached: CoachTurn,
  ...before: Part[]
): Outcome {
  const v = voice(turn.locale);
  const finished = coached.progress.status === "finished";
  // Starting a different workout closes the stretch of the one before.
  const closed =
    state.stretch && state.stretch.workoutId !== coached.progress.workoutId
      ? endStretch(turn, state)
      : state;
  const stretch = closed.stretch ?? {
    workoutId: coached.progress.workoutId,
    fromSegment: coached.progress.segmentIndex,
  };
  const { progress: _previous, ...user } = closed.user;
  const next: SessionState = {
    ...closed,
    stretch,
    user: finished
      ? { ...user, variety: coached.variety }
      : { ...user, progress: coached.progress, variety: coached.variety },
  };
  const speech = [...before, coached.speech];
  return finished
    ? {
        state: endStretch(turn, next, coached.progress),
        reply: ask(speech, v.say("skill.tipReprompt"), "tip"),
      }
    : { state: next, reply: ask(speech, v.say("skill.segmentReprompt"), "segment") };
}

/**
 * Logs the stretch of workout coached in this session (finished when `finishedAt` is given)
 * and clears it. Called when the workout ends, pauses, stops or gives way to another.
 */
export function endStretch(
  turn: Turn,
  state: SessionState,
  finishedAt?: WorkoutProgress,
): SessionState {
  const { stretch: _ended, ...rest } = state;
  const entry = stretchEntry(turn, state, finishedAt);
  if (!entry) return rest;
  return { ...rest, unsavedLog: [...state.unsavedLog, { entry, id: requestKeyOf(turn) }] };
}

/**
 * The log entry for the stretch coached in this session so far, as if it ended now; undefined
 * when there is none or it is too short to log. Also counts a workout under way in "how am I
 * doing?".
 */
export function stretchEntry(
  turn: Turn,
  state: SessionState,
  finishedAt?: WorkoutProgress,
): WorkoutLogEntry | undefined {
  const { stretch } = state;
  const position = finishedAt ?? state.user.progress;
  if (!stretch || !position || position.workoutId !== stretch.workoutId) return undefined;
  const done = coachedSince(voice(turn.locale), position, stretch.fromSegment);
  if (!finishedAt && done.seconds < MIN_LOGGED_SECONDS) return undefined;
  return {
    workoutId: position.workoutId,
    endedAt: turn.time,
    completed: finishedAt !== undefined,
    minutes: Math.round(done.seconds / 60),
    moves: done.moves,
    totalMoves: done.totalMoves,
  };
}
