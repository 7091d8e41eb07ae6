import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { nextTip, speakTip, type TipTopic } from "../coach";
import { LINES } from "../conversation/lines";
import { activeWorkout, isIntent } from "../conversation/requests";
import { ask, joinSpeech } from "../conversation/respond";
import { getState, updateState } from "../conversation/session-state";
import { parseTipTopic } from "../conversation/slots";

/** A diet tip the user has not heard yet; inside a workout, then back to it. */
export function giveTip(h: HandlerInput, topic?: TipTopic): Response {
  const { tip, history } = nextTip(getState(h).user.tips, topic);
  const state = updateState(h, (s) => ({ ...s, user: { ...s.user, tips: history } }));
  const speech = speakTip(tip);
  if (activeWorkout(state))
    return ask(h, joinSpeech(speech, LINES.carryOn), LINES.segmentReprompt, "segment");
  return ask(h, joinSpeech(speech, LINES.anotherTip), LINES.tipReprompt, "tip");
}

export const DietTipHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "DietTipIntent"),
  handle: (h) => giveTip(h, parseTipTopic(h)),
};
