import { getWorkout } from "../coach/catalog";
import type { SegmentEnd } from "../coach/stopped";
import { withHeard, withMoveDone } from "../coach/work-done";
import type { SessionState, SpokenSegment, WorkoutStretch } from "../turn/session-state";

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
 *
 * A hands-free answer spoke several: the request fell in one of them (the last one started
 * by then). Those before it were heard; it is judged as a lone segment would be; those after
 * it were never reached. The user's position moves back to it, with the variety it was said
 * with, so pause, "what's next", "how much is left" and "repeat" answer from exactly there.
 */
export function judgeLastSegment(state: SessionState, nowIso: string): SessionState {
  const stretch = state.stretch;
  const spoken = stretch?.spoken;
  if (!stretch || !spoken) return state;
  const workout = getWorkout(stretch.workoutId);
  const elapsed = (Date.parse(nowIso) - Date.parse(spoken.at)) / 1000;
  let done = stretch.done;
  let movesDone = state.user.progress?.movesDone;
  const hear = (s: Segment) => {
    done = withHeard(workout, done, s.index, s.seconds);
    movesDone = withMoveDone(workout, movesDone, s.index);
  };
  // A lone segment (most answers) is the one playing; of several, the last one started by then.
  const several = spoken.following !== undefined && spoken.following.length > 0;
  let playing: Segment = spoken;
  if (several) {
    const segments = segmentsOf(spoken);
    const reached = segments.filter((s) => s.startsAt <= elapsed);
    playing = reached.at(-1) ?? spoken;
    for (const s of reached.slice(0, -1)) hear(s);
  }
  const end = segmentEnd(playing, elapsed);
  if ("heard" in end) hear(playing);
  const progress = state.user.progress;
  const ours = progress?.workoutId === workout.id;
  const placed =
    ours && progress.status === "active" && several
      ? {
          ...progress,
          segmentIndex: playing.index,
          ...(playing.variety ? { varietyAtSegment: playing.variety } : {}),
        }
      : progress;
  // The user only changes when the position does: the same record is then found again as is.
  const moved = placed !== progress || movesDone !== progress?.movesDone;
  const user =
    ours && placed && moved
      ? { ...state.user, progress: withMoves(placed, movesDone) }
      : state.user;
  // Every field of WorkoutStretch but `spoken`, which is judged now: a new one must be added here.
  const judged: { -readonly [K in keyof WorkoutStretch]: WorkoutStretch[K] } = {
    workoutId: stretch.workoutId,
    done,
    end,
  };
  if (!("heard" in end)) judged.cutAt = nowIso;
  else if (stretch.cutAt !== undefined) judged.cutAt = stretch.cutAt;
  if (stretch.askedOnly) judged.askedOnly = stretch.askedOnly;
  return { ...state, user, stretch: judged };
}

/** One segment of the answer, where it starts in it, and the variety it was said with. */
interface Segment {
  readonly index: number;
  readonly startsAt: number;
  readonly seconds: number;
  readonly variety?: SpokenSegment["variety"];
}

function segmentsOf(spoken: SpokenSegment): Segment[] {
  const { index, startsAt, seconds, variety, following } = spoken;
  const first: Segment = variety
    ? { index, startsAt, seconds, variety }
    : { index, startsAt, seconds };
  if (!following) return [first];
  return [first, ...following.map((s, i) => ({ index: index + 1 + i, ...s }))];
}

function withMoves<T extends { readonly movesDone?: string }>(progress: T, moves?: string): T {
  return moves === undefined ? progress : { ...progress, movesDone: moves };
}

function segmentEnd(segment: Segment, answerElapsed: number): SegmentEnd {
  const elapsed = answerElapsed - segment.startsAt;
  const tolerance = Math.max(MIN_TOLERANCE_SECONDS, segment.seconds * HEARD_TOLERANCE);
  if (elapsed + tolerance >= segment.seconds) return { heard: true };
  return { cutAfter: Math.max(0, Math.round(elapsed)) };
}
