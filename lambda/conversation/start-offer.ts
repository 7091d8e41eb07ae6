import { getWorkout } from "../coach/catalog";
import { chooseWorkout, DEFAULT_WORKOUT_ID } from "../coach/catalog/choose-workout";
import { announcedMinutes } from "../coach/segments/estimates";
import type { Voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";

/**
 * What "yes" to the start offer starts: the signature workout, unless what the user has
 * calls for another (moves.ts beginWorkout picks the same from a bare request).
 */
function offered(state: SessionState): string | undefined {
  const kit = state.user.equipment;
  // No length asked: the pick does not depend on lengths.
  const id = chooseWorkout(kit ? { kit } : {}).workout.id;
  return id === DEFAULT_WORKOUT_ID ? undefined : id;
}

/** The workout "yes" to the start offer starts. */
export function offeredWorkoutId(state: SessionState): string {
  return offered(state) ?? DEFAULT_WORKOUT_ID;
}

/** "Shall we start the back fat blaster, about sixteen minutes?", at the user's pace. */
export function startOffer(v: Voice, state: SessionState): string {
  const id = offered(state);
  const minutes = announcedMinutes(v, getWorkout(id ?? DEFAULT_WORKOUT_ID), paceOf(state.user));
  const length = v.duration(minutes * 60);
  return id
    ? v.say("choose.offerFor", { title: v.workout(id).title, length })
    : v.say("skill.offerDefault", { length });
}

export function startOfferReprompt(v: Voice, state: SessionState): string {
  const id = offered(state);
  return id
    ? v.say("choose.offerForReprompt", { title: v.workout(id).title })
    : v.say("skill.offerDefaultReprompt");
}

/** "Shall we start the back fat blaster, about sixteen minutes?": the offer on its own. */
export function startQuestion(v: Voice, state: SessionState): string {
  const id = offered(state) ?? DEFAULT_WORKOUT_ID;
  const minutes = announcedMinutes(v, getWorkout(id), paceOf(state.user));
  return v.say("skill.startNow", { title: v.workout(id).title, length: v.duration(minutes * 60) });
}
