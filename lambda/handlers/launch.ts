import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { positionOf } from "../coach";
import { LINES, resumeOffer } from "../conversation/lines";
import { isRequest, unfinishedWorkout } from "../conversation/requests";
import { ask, type Say } from "../conversation/respond";
import { getState, updateState } from "../conversation/session-state";

/**
 * The first time, the health note, said once and remembered. Also used when a first session
 * starts with a one-shot request ("ask back coach to start a rowing workout").
 */
export function firstRunNote(h: HandlerInput): Say[] {
  if (getState(h).user.disclaimerHeard) return [];
  updateState(h, (state) => ({ ...state, user: { ...state.user, disclaimerHeard: true } }));
  return [LINES.welcomeFirst];
}

/** "Alexa, open back coach": offer to resume an unfinished workout, else offer one to start. */
export const LaunchHandler: RequestHandler = {
  canHandle: (h) => isRequest(h, "LaunchRequest"),
  handle(h): Response {
    const note = firstRunNote(h);
    const greeting = note.length > 0 ? note : [LINES.welcomeBack];
    const unfinished = unfinishedWorkout(getState(h));
    if (unfinished) {
      return ask(
        h,
        [...greeting, resumeOffer(positionOf(unfinished))].join(" "),
        LINES.resumeReprompt,
        "resume",
      );
    }
    return ask(h, [...greeting, LINES.offerDefault].join(" "), LINES.offerDefaultReprompt, "start");
  },
};
