import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import {
  type CoachTurn,
  previousSegment,
  repeatSegment,
  skipExercise,
  startOver,
  type WorkoutProgress,
} from "../coach";
import { LINES } from "../conversation/lines";
import { isIntent, unfinishedWorkout } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { speakWorkoutTurn } from "../conversation/workout-turns";
import { advance, noWorkout } from "./workout-flow";

/** Runs `move` on the unfinished workout, or explains there is none. */
function inWorkout(h: HandlerInput, move: (progress: WorkoutProgress) => Response): Response {
  const progress = unfinishedWorkout(getState(h));
  return progress ? move(progress) : noWorkout(h);
}

function speak(h: HandlerInput, turn: CoachTurn | undefined, otherwise: string): Response {
  if (turn) return speakWorkoutTurn(h, turn);
  return ask(h, `${otherwise} ${LINES.startHint}`, LINES.startHint);
}

export const NextHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.NextIntent", "ReadyIntent"),
  handle: advance,
};

export const PreviousHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.PreviousIntent"),
  handle: (h) =>
    inWorkout(h, (progress) =>
      speakWorkoutTurn(h, previousSegment(progress, getState(h).user.variety)),
    ),
};

/** "Repeat": the segment again word for word, or outside a workout the last thing said. */
export const RepeatHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.RepeatIntent"),
  handle(h): Response {
    const state = getState(h);
    const progress = unfinishedWorkout(state);
    if (progress) return speakWorkoutTurn(h, repeatSegment(progress));
    if (state.lastSpeech) {
      return h.responseBuilder
        .speak(state.lastSpeech.ssml)
        .reprompt(state.lastSpeech.reprompt)
        .withShouldEndSession(false)
        .getResponse();
    }
    return ask(h, LINES.startHint, LINES.startHint);
  },
};

export const StartOverHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.StartOverIntent"),
  handle: (h) =>
    inWorkout(h, (progress) => speakWorkoutTurn(h, startOver(progress, getState(h).user.variety))),
};

export const SkipExerciseHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "SkipExerciseIntent"),
  handle: (h) =>
    inWorkout(h, (progress) =>
      speak(h, skipExercise(progress, getState(h).user.variety), LINES.lastMove),
    ),
};
