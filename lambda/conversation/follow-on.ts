import { getWorkout, startWorkout, workoutMinutes } from "../coach";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { ask, type Outcome } from "./reply";
import { speakWorkoutTurn, unfinishedWorkout } from "./workout-turns";

/**
 * A long session is one workout after another (the guides' thirty-minute blaster is the
 * fifteen twice through). When the one under way is done and the user has turned down a tip
 * ("before you go"), the next in the plan is offered; "yes" starts it.
 */
export function offerFollowOn(turn: Turn, state: SessionState): Outcome | undefined {
  const [nextId] = state.followOn?.workoutIds ?? [];
  if (!state.followOn || !nextId || unfinishedWorkout(state)) return undefined;
  const v = voice(turn.locale);
  const next = getWorkout(nextId);
  const title = v.workout(next.id).title;
  const offer = v.say("choose.followOnOffer", {
    asked: v.duration(state.followOn.minutes * 60),
    title,
    duration: v.duration(workoutMinutes(next) * 60),
  });
  return {
    state,
    reply: ask(offer, v.say("choose.followOnReprompt", { title }), "followOn"),
  };
}

/** "Yes" to the next workout of the plan: it starts, and the rest of the plan waits behind it. */
export function startFollowOn(turn: Turn, state: SessionState): Outcome | undefined {
  const plan = state.followOn;
  const [nextId, ...later] = plan?.workoutIds ?? [];
  if (!plan || !nextId) return undefined;
  const { followOn: _taken, ...rest } = state;
  const next: SessionState =
    later.length > 0 ? { ...rest, followOn: { ...plan, workoutIds: later } } : rest;
  const coached = startWorkout(voice(turn.locale), nextId, next.user.variety);
  return speakWorkoutTurn(turn, next, coached);
}

/** "No" to the next workout: the plan is put away. */
export function dropFollowOn(state: SessionState): SessionState {
  const { followOn: _dropped, ...rest } = state;
  return rest;
}
