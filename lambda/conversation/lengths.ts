import type { LengthOf } from "../coach/catalog/choose-workout";
import { announcedMinutes } from "../coach/segments/estimates";
import { voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";

/**
 * Workouts' lengths as this user will hear them: each one's spoken estimate at their pace, the
 * length its introduction announces. What the coach chooses by, and every length it says.
 */
export function lengthsFor(turn: Turn, state: SessionState): LengthOf {
  const v = voice(turn.locale);
  const pace = paceOf(state.user);
  return (workout) => announcedMinutes(v, workout, pace);
}
