import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { chooseWorkout, startWorkout, type WorkoutRequest } from "../coach";
import { fill } from "../coach/speech/fill";
import { LINES } from "../conversation/lines";
import { isIntent } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { parseWorkoutRequest } from "../conversation/slots";
import { speakWorkoutTurn } from "../conversation/workout-turns";
import { firstRunNote } from "./launch";

/** Starts the workout that best fits the request; the default when the request is bare. */
export function beginWorkout(h: HandlerInput, request: WorkoutRequest): Response {
  const choice = chooseWorkout(request);
  const note = firstRunNote(h);
  const asked = request.kind !== undefined || request.equipment !== undefined;
  const compromise =
    asked && (choice.relaxed.includes("kind") || choice.relaxed.includes("equipment"))
      ? [fill(LINES.notQuiteThat, { title: choice.workout.title })]
      : [];
  const turn = startWorkout(choice.workout.id, getState(h).user.variety);
  return speakWorkoutTurn(h, turn, ...note, ...compromise);
}

export const StartWorkoutHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "StartWorkoutIntent"),
  handle: (h) => beginWorkout(h, parseWorkoutRequest(h)),
};

/** "What workouts do you have?" */
export const ListWorkoutsHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "ListWorkoutsIntent"),
  handle: (h) => ask(h, LINES.whichWorkout, LINES.whichWorkoutReprompt),
};
