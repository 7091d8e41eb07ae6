import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { howToDo, positionOf, remainingAfter, type WorkoutProgress, whatsNext } from "../coach";
import { LINES, timeLeft } from "../conversation/lines";
import { isIntent, unfinishedWorkout } from "../conversation/requests";
import { ask, joinSpeech, type Say } from "../conversation/respond";
import { getState } from "../conversation/session-state";

const CARRY_ON = "Ready to carry on?";

/** Answers a question about the workout, then hands back to it ("Ready to carry on?"). */
function answer(h: HandlerInput, reply: (progress: WorkoutProgress) => Say): Response {
  const progress = unfinishedWorkout(getState(h));
  if (!progress) return ask(h, `${LINES.noWorkout} ${LINES.startHint}`, LINES.startHint);
  return ask(h, reply(progress), LINES.segmentReprompt, "segment");
}

export const WhatsNextHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "WhatsNextIntent"),
  handle: (h) =>
    answer(
      h,
      (progress) => `${whatsNext(progress) ?? "That's the last part of this workout."} ${CARRY_ON}`,
    ),
};

export const TimeLeftHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "TimeLeftIntent"),
  handle: (h) =>
    answer(h, (progress) => {
      const left = remainingAfter(progress);
      return `${timeLeft(left.seconds, left.moves)} ${CARRY_ON}`;
    }),
};

/** "How do I do this?": the current move's steps; they end by asking to carry on. */
export const HowToHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "HowToIntent"),
  handle: (h) => answer(h, (progress) => joinSpeech(howToDo(positionOf(progress).exercise))),
};
