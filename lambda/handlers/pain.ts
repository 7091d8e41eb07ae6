import { holdPosition } from "../conversation/moves";
import { tell } from "../conversation/reply";
import { voice } from "../i18n/voice";
import type { Handler } from "./handler";

/**
 * "My back hurts", "I feel dizzy": everything stops at once. Rest, and medical help if it is
 * sharp or does not ease; the place is kept. No praise, no "keep going", no counting it as giving
 * up: the session ends so the user can rest rather than be asked something.
 */
export const pain: Handler = {
  intents: ["PainIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const held = holdPosition(turn, turn.state);
    const words = held.held ? v.say("skill.painInWorkout") : v.say("skill.pain");
    return { state: held.state, reply: tell(words) };
  },
};
