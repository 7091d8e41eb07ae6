import { help } from "../conversation/moves";
import { SILENT } from "../conversation/reply";
import type { Handler } from "./handler";

/**
 * Requests Alexa sends that are not the user talking, each with a clean answer: events get an
 * empty response (Alexa accepts no speech for them), a task's result or a touch on a screen
 * gets help for where the user is.
 */

/** Skill lifecycle, reminders and messages: nothing to say (SkillDisabled has its own handler). */
export const events: Handler = {
  requests: ["AlexaSkillEvent.*", "Reminders.*", "Messaging.MessageReceived"],
  handle: (turn) => ({ state: turn.state, reply: SILENT }),
};

/** Alexa could not use our last response: logged, answered with nothing. */
export const exceptionEncountered: Handler = {
  requests: ["System.ExceptionEncountered"],
  handle(turn, { logger }) {
    logger.warn("Alexa reported an exception with the last response", { userId: turn.userId });
    return { state: turn.state, reply: SILENT };
  },
};

/**
 * "Can Back Coach do this?" (name-free interaction): yes for what the model has, without a
 * word and without touching the user's data.
 */
export function canFulfill(handled: ReadonlySet<string>): Handler {
  return {
    requests: ["CanFulfillIntentRequest"],
    handle: (turn) => ({
      state: turn.state,
      reply: {
        speech: [],
        canFulfill: {
          canFulfill: turn.intentName && handled.has(turn.intentName) ? "YES" : "NO",
          slots: Object.keys(turn.slots),
        },
      },
    }),
  };
}

/**
 * A touch on the screen that names no button: back to the conversation. (A task's result,
 * Connections.Response, is handlers/reminders.ts's.)
 */
export const backToTheConversation: Handler = {
  requests: ["Alexa.Presentation.APL.UserEvent"],
  handle: (turn) => ({ state: turn.state, reply: help(turn, turn.state) }),
};
