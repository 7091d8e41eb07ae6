import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { speakNoSpotReduction, speakProtein, speakWater } from "../coach";
import { LINES } from "../conversation/lines";
import { activeWorkout, isIntent } from "../conversation/requests";
import { ask, joinSpeech, type Say } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { unitsFor } from "../conversation/units";

/**
 * Answers a question, then keeps the conversation going: back to the workout if one is running
 * in this session, otherwise the offer of a diet tip.
 */
export function offerNext(h: HandlerInput, ...reply: Say[]): Response {
  if (activeWorkout(getState(h))) {
    return ask(h, joinSpeech(...reply, LINES.carryOn), LINES.segmentReprompt, "segment");
  }
  return ask(h, joinSpeech(...reply, LINES.offerTip), LINES.tipReprompt, "tip");
}

export const ProteinHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "ProteinIntent"),
  handle: (h) => offerNext(h, speakProtein(unitsFor(h))),
};

export const WaterHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "WaterIntent"),
  handle: (h) => offerNext(h, speakWater(unitsFor(h))),
};

/** "Why can't I just lose back fat?": no spot reduction, briefly. */
export const SpotReductionHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "SpotReductionIntent"),
  handle: (h) => offerNext(h, speakNoSpotReduction()),
};
