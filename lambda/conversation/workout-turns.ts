import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { type CoachTurn, doneSoFar } from "../coach";
import { LINES } from "./lines";
import { requestTime } from "./requests";
import { ask, joinSpeech, type Say } from "./respond";
import { updateState } from "./session-state";

/**
 * Speaks a workout segment and keeps its state: the new position and variety, and, when the
 * segment was the workout's last, a log entry and an offer of a diet tip.
 */
export function speakWorkoutTurn(h: HandlerInput, turn: CoachTurn, ...before: Say[]): Response {
  const finished = turn.progress.status === "finished";
  updateState(h, (state) => {
    const { progress: _previous, ...user } = state.user;
    if (!finished)
      return { ...state, user: { ...user, progress: turn.progress, variety: turn.variety } };
    const done = doneSoFar(turn.progress);
    return {
      ...state,
      user: { ...user, variety: turn.variety },
      unsavedLog: [
        ...state.unsavedLog,
        {
          requestId: h.requestEnvelope.request.requestId,
          entry: {
            workoutId: turn.progress.workoutId,
            endedAt: requestTime(h),
            completed: true,
            minutes: Math.round(done.seconds / 60),
            moves: done.moves,
            totalMoves: done.totalMoves,
          },
        },
      ],
    };
  });
  return finished
    ? ask(h, joinSpeech(...before, turn.speech), LINES.tipReprompt, "tip")
    : ask(h, joinSpeech(...before, turn.speech), LINES.segmentReprompt, "segment");
}
