// Its estimates may be of a run tuned to the user, known to no file: the renderer works them out.
import "./segments/rendered-seconds";
import type { Voice } from "../i18n/voice";
import type { IntervalPhase } from "./catalog/types";
import type { HandsFree } from "./hands-free";
import type { Variety } from "./lines";
import { type Pace, STANDARD_PACE } from "./pace";
import { type WorkoutProgress, workoutOf } from "./position";
import { planFor } from "./segments/compile";
import { deliveryFor } from "./segments/estimates";
import type { CardioPlan, PhasePiece, SegmentPlan } from "./segments/plan";
import { speakSegment } from "./segments/speak-segment";
import { type CoachTurn, speakAt } from "./session";
import { noWorkDone, type WorkDone } from "./work-done";

/**
 * How the last segment spoken ended, as the skill judged it from the time until the next
 * request: heard to its end, or cut off a number of seconds in. Unknown (undefined) when
 * there was no way to tell, such as a workout left active by a session that never said goodbye.
 */
export type SegmentEnd = { readonly heard: true } | { readonly cutAfter: number };

/** Cut-offs this close to the start of a segment are simply "at the start": nothing to say. */
const MIN_CUT_SECONDS = 5;

/**
 * Pauses the workout where the user really is. A segment heard to its end is done, so they pick
 * up at the one after it; a segment cut off is not, so they pick it up again, remembering how
 * far in they stopped. Unknown: the segment again from its start, the safe side.
 */
export function pauseWorkout(progress: WorkoutProgress, end?: SegmentEnd): WorkoutProgress {
  if (progress.status !== "active") return progress;
  const { stoppedAfter: _before, ...rest } = progress;
  const paused: WorkoutProgress = { ...rest, status: "paused" };
  if (!end) return paused;
  if ("heard" in end) {
    const plans = planFor(workoutOf(progress));
    const next = progress.segmentIndex + 1;
    return next < plans.length ? { ...paused, segmentIndex: next } : paused;
  }
  return end.cutAfter >= MIN_CUT_SECONDS ? { ...paused, stoppedAfter: end.cutAfter } : paused;
}

/** Where in a cardio block the user stopped: the phase, and how far into it. */
export interface StoppedInPhase {
  readonly exerciseId: string;
  readonly phase: IntervalPhase;
  /** Seconds into the phase. */
  readonly into: number;
}

/** Where a paused user stopped, when they cut a segment off; undefined when they did not. */
export type Stopped =
  | { readonly kind: "phase"; readonly at: StoppedInPhase }
  | { readonly kind: "set"; readonly set: number; readonly exerciseId: string };

export function stoppedWhere(v: Voice, progress: WorkoutProgress): Stopped | undefined {
  if (progress.status !== "paused" || progress.stoppedAfter === undefined) return undefined;
  const plans = planFor(workoutOf(progress));
  const plan = plans[progress.segmentIndex];
  if (plan?.kind === "set") return { kind: "set", set: plan.set, exerciseId: plan.exerciseId };
  if (plan?.kind !== "cardio") return undefined;
  const found = pieceAt(v, progress, plans, plan, progress.stoppedAfter);
  if (!found) return undefined;
  const { piece, into } = found;
  return {
    kind: "phase",
    at: {
      exerciseId: piece.phase.exerciseId ?? plan.exerciseId,
      phase: piece.phase,
      into: piece.from + into,
    },
  };
}

/**
 * The paused segment again: a cardio block from the start of the phase the user stopped in (or
 * the part of a long phase), anything else from its start.
 */
export function resumeWorkout(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
  done?: WorkDone,
  handsFree?: HandsFree,
): CoachTurn {
  const workout = workoutOf(progress);
  const plans = planFor(workout);
  const plan = plans[progress.segmentIndex];
  const work = done ?? noWorkDone(workout);
  const at = progress.segmentIndex;
  if (plan?.kind !== "cardio" || progress.stoppedAfter === undefined)
    return speakAt(v, workout, at, variety, pace, work, plans, handsFree);
  const found = pieceAt(v, progress, plans, plan, progress.stoppedAfter);
  const from = found ? plan.pieces.indexOf(found.piece) : 0;
  if (from <= 0) return speakAt(v, workout, at, variety, pace, work, plans, handsFree);
  const trimmed = plans.map((p, i) =>
    i === at ? { ...plan, pieces: plan.pieces.slice(from) } : p,
  );
  return speakAt(v, workout, at, variety, pace, work, trimmed, handsFree);
}

/**
 * The piece of a cardio segment playing `seconds` into its speech, found on the segment's own
 * timeline: the segment is rendered again exactly as it was said (same variety), so the phase
 * boundaries are where the voice put them.
 */
function pieceAt(
  v: Voice,
  progress: WorkoutProgress,
  plans: readonly SegmentPlan[],
  plan: CardioPlan,
  seconds: number,
): { piece: PhasePiece; into: number } | undefined {
  const workout = workoutOf(progress);
  // Cardio is timed by the clock, so the pace does not move its phases.
  const delivery = deliveryFor(v, workout, STANDARD_PACE);
  const spoken = speakSegment(
    v,
    workout,
    plans,
    progress.segmentIndex,
    progress.varietyAtSegment,
    delivery,
  );
  const starts = spoken.pieceStarts ?? [];
  let found: { piece: PhasePiece; into: number } | undefined;
  plan.pieces.forEach((piece, i) => {
    const start = starts[i];
    if (start !== undefined && seconds >= start)
      found = { piece, into: Math.min(piece.to - piece.from, Math.max(0, seconds - start)) };
  });
  if (found) return found;
  const first = plan.pieces[0];
  return first ? { piece: first, into: 0 } : undefined;
}
