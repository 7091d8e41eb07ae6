import type { RequestHandler } from "ask-sdk-core";
import { LINES } from "../conversation/lines";
import { isIntent, isRequest, unfinishedWorkout } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { helpFor } from "./help";

/** Alexa's fallback: say what can be said here, keep the session and the workout going. */
export const FallbackHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.FallbackIntent"),
  handle(h) {
    const state = getState(h);
    return ask(
      h,
      `${LINES.fallback} ${helpFor(state)}`,
      LINES.whatWouldYouLike,
      unfinishedWorkout(state) ? "segment" : undefined,
    );
  },
};

/**
 * Anything no other handler takes: an intent from a newer model, a request type we don't use.
 * Answered like the fallback, so Alexa never has to say "there was a problem".
 */
export const UnhandledHandler: RequestHandler = {
  canHandle: (h) => !isRequest(h, "SessionEndedRequest"),
  handle(h) {
    const state = getState(h);
    return ask(
      h,
      `${LINES.fallback} ${helpFor(state)}`,
      LINES.whatWouldYouLike,
      unfinishedWorkout(state) ? "segment" : undefined,
    );
  },
};
