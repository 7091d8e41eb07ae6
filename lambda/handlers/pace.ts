import { changePace, closingQuestion, type PaceChange } from "../coach";
import { resumeOffer } from "../conversation/lines";
import { ask, type Reply } from "../conversation/reply";
import { startOffer, startOfferReprompt } from "../conversation/start-offer";
import { activeWorkout, unfinishedWorkout } from "../conversation/workout-turns";
import { voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

/**
 * "Slower", "too fast", "speed up": the pace reps are counted at, one step at a time within
 * the coach's bounds, remembered for the user. Nothing else moves: in a workout the position
 * stays, and the question the last segment ended with is asked again, so "ready" goes on exactly
 * where it would have; the next sets count at the new pace.
 */
export const pace: Handler = {
  intents: ["SlowerIntent", "FasterIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const change: PaceChange = turn.intentName === "FasterIntent" ? "faster" : "slower";
    const next = changePace(paceOf(turn.state.user), change);
    const inWorkout = unfinishedWorkout(turn.state) !== undefined;
    if (next === undefined) {
      const bound = v.say(change === "slower" ? "skill.pace.slowest" : "skill.pace.fastest");
      return { state: turn.state, reply: carryOn(turn, turn.state, bound) };
    }
    const state: SessionState = { ...turn.state, user: { ...turn.state.user, pace: next } };
    const said = inWorkout
      ? v.say(change === "slower" ? "skill.pace.slower" : "skill.pace.faster")
      : v.say(
          change === "slower" ? "skill.pace.slowerNextWorkout" : "skill.pace.fasterNextWorkout",
        );
    return { state, reply: carryOn(turn, state, said) };
  },
};

/**
 * The acknowledgement, then the question that was open before it, so the conversation carries
 * on where it was: a workout's closing question, the offer to pick up a paused one, the tip
 * offer after a finished one; otherwise the offer of the default workout, at the new length.
 */
function carryOn(turn: Turn, state: SessionState, said: string): Reply {
  const v = voice(turn.locale);
  const active = activeWorkout(state);
  if (active) {
    const question = closingQuestion(v, active, paceOf(state.user)) ?? v.say("skill.carryOn");
    return ask(`${said} ${question}`, v.say("skill.segmentReprompt"), "segment");
  }
  const paused = unfinishedWorkout(state);
  if (paused)
    return ask(`${said} ${resumeOffer(v, paused)}`, v.say("skill.resumeReprompt"), "resume");
  if (state.pending === "tip")
    return ask(`${said} ${v.say("skill.offerTip")}`, v.say("skill.tipReprompt"), "tip");
  return ask(`${said} ${startOffer(v, state)}`, startOfferReprompt(v, state), "start");
}
