import { holdPosition } from "../conversation/moves";
import { SILENT } from "../conversation/reply";
import type { Handler } from "./handler";

/**
 * The user walked away or the session timed out: keep the workout's position (the save
 * writes it). Alexa accepts no speech here.
 */
export const sessionEnded: Handler = {
  requests: ["SessionEndedRequest"],
  handle(turn, { logger }) {
    if (turn.ended?.reason === "ERROR") {
      logger.warn("Session ended with an error", {
        errorType: turn.ended.errorType,
        errorMessage: turn.ended.errorMessage,
      });
    }
    return { state: holdPosition(turn, turn.state).state, reply: SILENT };
  },
};
