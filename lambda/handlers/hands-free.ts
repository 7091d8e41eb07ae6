import { carryOn } from "../conversation/carry-on";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import { voice } from "../i18n/voice";
import { feedbackTimingOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Handler } from "./handler";

/**
 * "Keep going without asking" / "hands-free on", and "ask me before each set" / "hands-free
 * off": remembered for the user, in force from the next answer (coach/hands-free.ts). Said in
 * a workout, the question left open is asked again, so "ready" goes on in the new mode.
 *
 * Turned on in a workout whose run asks "how was that?" after each move, those questions move
 * to the end (askTimingOf): the run stops asking them, and the closing asks about the moves done.
 */
export const handsFreeOn: Handler = {
  intents: ["HandsFreeOnIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const was = turn.state.user.handsFree === true;
    const user = { ...turn.state.user, handsFree: true as const };
    const progress = unfinishedWorkout(turn.state);
    if (progress?.tuning?.asks !== undefined && feedbackTimingOf(user) === "each") {
      const { asks: _atTheEnd, ...tuning } = progress.tuning;
      Object.assign(user, { progress: { ...progress, tuning } });
    }
    const state: SessionState = { ...turn.state, user };
    const said = v.say(was ? "handsFree.alreadyOn" : "handsFree.on");
    return { state, reply: carryOn(turn, state, said) };
  },
};

export const handsFreeOff: Handler = {
  intents: ["HandsFreeOffIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const { handsFree: was, ...user } = turn.state.user;
    const state: SessionState = { ...turn.state, user };
    const said = v.say(was ? "handsFree.off" : "handsFree.alreadyOff");
    return { state, reply: carryOn(turn, state, said) };
  },
};
