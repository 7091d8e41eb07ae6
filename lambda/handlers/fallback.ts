import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { LINES } from "../conversation/lines";
import { isIntent, isRequest, unfinishedWorkout } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { helpFor } from "./help";

/** "Sorry, I didn't catch that", then what can be said here; a workout's "yes" still carries on. */
function didNotCatchThat(h: HandlerInput): Response {
  const state = getState(h);
  const inWorkout = unfinishedWorkout(state) !== undefined;
  return ask(
    h,
    `${LINES.fallback} ${helpFor(state)}`,
    LINES.whatWouldYouLike,
    inWorkout ? "segment" : undefined,
  );
}

/** Alexa's fallback: say what can be said here, keep the session and the workout going. */
export const FallbackHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.FallbackIntent"),
  handle: didNotCatchThat,
};

/**
 * Anything no other handler takes: an intent from a newer model, a request type we don't use.
 * Answered like the fallback, so Alexa never has to say "there was a problem".
 */
export const UnhandledHandler: RequestHandler = {
  canHandle: (h) => !isRequest(h, "SessionEndedRequest"),
  handle: didNotCatchThat,
};
