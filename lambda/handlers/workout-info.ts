import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { howToDo, positionOf, remainingAfter, type WorkoutProgress, whatsNext } from "../coach";
import { LINES, timeLeft } from "../conversation/lines";
import { isIntent, unfinishedWorkout } from "../conversation/requests";
import { ask, type Say } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { noWorkout } from "./workout-flow";

/** Answers a question about the workout, then hands back to it (LINES.carryOn). */
function answer(h: HandlerInput, reply: (progress: WorkoutProgress) => Say): Response {
  const progress = unfinishedWorkout(getState(h));
  return progress ? ask(h, reply(progress), LINES.segmentReprompt, "segment") : noWorkout(h);
}

export const WhatsNextHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "WhatsNextIntent"),
  handle: (h) =>
    answer(h, (progress) => `${whatsNext(progress) ?? LINES.lastPart} ${LINES.carryOn}`),
};

export const TimeLeftHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "TimeLeftIntent"),
  handle: (h) =>
    answer(h, (progress) => {
      const left = remainingAfter(progress);
      return `${timeLeft(left.seconds, left.moves)} ${LINES.carryOn}`;
    }),
};

/** "How do I do this?": the current move's steps; they end by asking to carry on. */
export const HowToHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "HowToIntent"),
  handle: (h) => answer(h, (progress) => howToDo(positionOf(progress).exercise)),
};
