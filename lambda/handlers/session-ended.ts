import { getRequest, type RequestHandler } from "ask-sdk-core";
import type { SessionEndedRequest } from "ask-sdk-model";
import { isRequest } from "../conversation/requests";
import type { Logger } from "../logger";
import { holdPosition } from "./workout-flow";

/**
 * The user walked away or the session timed out: keep the workout's position (the save
 * interceptor writes it). Alexa accepts no speech here.
 */
export function sessionEndedHandler(logger: Logger): RequestHandler {
  return {
    canHandle: (h) => isRequest(h, "SessionEndedRequest"),
    handle(h) {
      const request = getRequest<SessionEndedRequest>(h.requestEnvelope);
      if (request.reason === "ERROR") {
        logger.warn("Session ended with an error", {
          errorType: request.error?.type,
          errorMessage: request.error?.message,
        });
      }
      holdPosition(h);
      return h.responseBuilder.getResponse();
    },
  };
}
