import { missed } from "../conversation/missed";
import type { Handler } from "./handler";

/**
 * Alexa's fallback, and anything in a session that no other handler takes (an intent from a
 * newer model, a request type we don't use): a few words for where the user is, then the
 * question that was open, still answered by "yes". Alexa never says "there was a problem".
 */
export const fallback: Handler = {
  intents: ["AMAZON.FallbackIntent"],
  handle: (turn) => ({ state: turn.state, reply: missed(turn, turn.state) }),
};
