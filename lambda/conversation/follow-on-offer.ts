import { getWorkout } from "../coach/catalog";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { lengthsFor } from "./lengths";

/**
 * "You wanted about forty-five minutes today. Shall we go straight on to home calisthenics,
 * about fifteen minutes more?": the next workout of a long session's plan, if there is one.
 */
export function followOnOffer(
  turn: Turn,
  state: SessionState,
): { readonly question: string; readonly reprompt: string } | undefined {
  const [nextId] = state.followOn?.workoutIds ?? [];
  if (!state.followOn || !nextId) return undefined;
  const v = voice(turn.locale);
  const next = getWorkout(nextId);
  const title = v.workout(next.id).title;
  return {
    question: v.say("choose.followOnOffer", {
      asked: v.duration(state.followOn.minutes * 60),
      title,
      duration: v.duration(lengthsFor(turn, state)(next) * 60),
    }),
    reprompt: v.say("choose.followOnReprompt", { title }),
  };
}
