import type { ErrorHandler } from "ask-sdk-core";
import { LINES } from "../conversation/lines";
import { isRequest, unfinishedWorkout } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { readState } from "../conversation/session-state";
import type { Logger } from "../logger";

/**
 * The one place an unexpected error becomes speech: a friendly line, the session kept open,
 * and the details in the log (names and messages, never the request).
 */
export function errorHandler(logger: Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle(h, error) {
      logger.error("Request failed", {
        requestType: h.requestEnvelope.request.type,
        error,
      });
      // Skill events (such as SkillDisabled) expect no speech: their failure must show as one.
      if (h.requestEnvelope.request.type.startsWith("AlexaSkillEvent.")) throw error;
      if (isRequest(h, "SessionEndedRequest")) return h.responseBuilder.getResponse();
      const state = readState(h);
      const inWorkout = state !== undefined && unfinishedWorkout(state) !== undefined;
      const next = inWorkout ? LINES.repeatOrCarryOn : LINES.startHint;
      return ask(h, `${LINES.error} ${next}`, next, inWorkout ? "segment" : undefined);
    },
  };
}
