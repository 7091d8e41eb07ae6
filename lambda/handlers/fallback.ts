import { help } from "../conversation/moves";
import { say } from "../i18n/voice";
import type { Handler } from "./handler";

/**
 * Alexa's fallback, and anything in a session that no other handler takes (an intent from a
 * newer model, a request type we don't use): "Sorry, I didn't catch that", then what can be
 * said here. The workout and its "yes" carry on, so Alexa never says "there was a problem".
 */
export const fallback: Handler = {
  intents: ["AMAZON.FallbackIntent"],
  handle: (turn) => ({
    state: turn.state,
    reply: help(turn, turn.state, say(turn.locale, "skill.fallback")),
  }),
};
