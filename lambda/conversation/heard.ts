import { getWorkout, type SegmentEnd, withHeard, withMoveDone } from "../coach";
import type { SessionState, SpokenSegment } from "../turn/session-state";

/**
 * Heard to its end if the next request came no sooner than the segment's estimated length,
 * less this share of it: the estimate is good to about a tenth, and a user who says "ready"
 * just as the question ends must never lose the set they did.
 */
const HEARD_TOLERANCE = 0.15;
/** ...and never less than this, for short segments (an introduction is a few seconds). */
const MIN_TOLERANCE_SECONDS = 3;

/**
 * Judges the segment the last answer spoke, once, from the time of this request: heard to its
 * end (done: it counts, and the user is past it), or cut off (a barge-in: not done, and the
 * place to pick up is inside it). Called as the session's state is read, before any handler.
 */
export function judgeLastSegment(state: SessionState, nowIso: string): SessionState {
  const stretch = state.stretch;
  const spoken = stretch?.spoken;
  if (!stretch || !spoken) return state;
  const end = segmentEnd(spoken, nowIso);
  const { spoken: _judged, ...rest } = stretch;
  if (!("heard" in end)) return { ...state, stretch: { ...rest, end, cutAt: nowIso } };
  const workout = getWorkout(stretch.workoutId);
  const done = withHeard(workout, stretch.done, spoken.index, spoken.seconds);
  const progress = state.user.progress;
  const user =
    progress && progress.workoutId === workout.id
      ? {
          ...state.user,
          progress: {
            ...progress,
            movesDone: withMoveDone(workout, progress.movesDone, spoken.index),
          },
        }
      : state.user;
  return { ...state, user, stretch: { ...rest, done, end } };
}

function segmentEnd(spoken: SpokenSegment, nowIso: string): SegmentEnd {
  const elapsed = (Date.parse(nowIso) - Date.parse(spoken.at)) / 1000 - spoken.startsAt;
  const tolerance = Math.max(MIN_TOLERANCE_SECONDS, spoken.seconds * HEARD_TOLERANCE);
  if (elapsed + tolerance >= spoken.seconds) return { heard: true };
  return { cutAfter: Math.max(0, Math.round(elapsed)) };
}
