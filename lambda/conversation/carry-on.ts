import { closingQuestion } from "../coach/closing-question";
import { voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { resumeOffer } from "./lines";
import { openQuestion } from "./pending-question";
import { ask, type Reply } from "./reply";
import { startOffer, startOfferReprompt } from "./start-offer";
import { activeWorkout, unfinishedWorkout } from "./unfinished-workout";

/**
 * The acknowledgement, then the question that was open before it, so the conversation carries
 * on where it was: "how was that?", a workout's closing question, the offer to pick up a paused one, the tip
 * offer after a finished one; otherwise the offer of the default workout, at the new length.
 */
export function carryOn(turn: Turn, state: SessionState, said: string): Reply {
  const v = voice(turn.locale);
  // "How was that?" still stands: asked again, so a rating or "ready" answers it.
  const rating = state.pending === "rating" ? openQuestion(turn, state) : undefined;
  if (rating) return ask(`${said} ${rating.question}`, rating.reprompt, "rating");
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
