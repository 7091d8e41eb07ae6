import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { followOnOffer } from "./follow-on-offer";
import { ask, type Outcome } from "./reply";
import { tunedStart } from "./tuned-start";
import { unfinishedWorkout } from "./unfinished-workout";
import { speakWorkoutTurn } from "./workout-turns";

/**
 * A long session is one workout after another (the guides' thirty-minute blaster is the
 * fifteen twice through). When the one under way is done, its closing line offers the next in
 * the plan (workout-turns.ts); this offers it again if the user turned down a tip instead.
 */
export function offerFollowOn(turn: Turn, state: SessionState): Outcome | undefined {
  if (unfinishedWorkout(state)) return undefined;
  const offer = followOnOffer(turn, state);
  return offer && { state, reply: ask(offer.question, offer.reprompt, "followOn") };
}

/** "Yes" to the next workout of the plan: it starts, and the rest of the plan waits behind it. */
export function startFollowOn(turn: Turn, state: SessionState): Outcome | undefined {
  const plan = state.followOn;
  const [nextId, ...later] = plan?.workoutIds ?? [];
  if (!plan || !nextId) return undefined;
  const { followOn: _taken, ...rest } = state;
  const next: SessionState =
    later.length > 0 ? { ...rest, followOn: { ...plan, workoutIds: later } } : rest;
  const tuned = tunedStart(turn, next, nextId);
  return speakWorkoutTurn(turn, tuned.state, tuned.coached, ...tuned.lead);
}

/** "No" to the next workout: the plan is put away. */
export function dropFollowOn(state: SessionState): SessionState {
  const { followOn: _dropped, ...rest } = state;
  return rest;
}
