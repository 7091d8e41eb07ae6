// Its estimates may be of a run tuned to the user, known to no file: the renderer works them out.
import "./segments/rendered-seconds";
import type { Voice } from "../i18n/voice";
import { sameJson } from "../same-json";
import { findWorkout, getWorkout } from "./catalog";
import type { Workout } from "./catalog/types";
import { type HandsFree, type RunSegment, speakRun } from "./hands-free";
import type { Variety } from "./lines";
import { type Pace, STANDARD_PACE } from "./pace";
import { type WorkoutProgress, workoutOf } from "./position";
import { applyTuning, parseTuning } from "./progression/tune";
import type { Tuning } from "./progression/types";
import { planFor } from "./segments/compile";
import { describeNext } from "./segments/describe-next";
import { deliveryFor, segmentSeconds } from "./segments/estimates";
import type { SegmentPlan } from "./segments/plan";
import { speakClosing, speakLeadIn, speakSegment } from "./segments/speak-segment";
import { type Speech, SpeechBuilder } from "./speech/ssml-builder";
import { noWorkDone, summarizeWork, type WorkDone, type WorkSummary, withHeard } from "./work-done";

/** The segment a turn speaks, so the skill can tell next time whether it was heard to the end. */
export interface SpokenAt {
  readonly index: number;
  /** Seconds into the turn's speech where the segment starts (after "Skipping X."). */
  readonly startsAt: number;
  readonly seconds: number;
  /** Hands-free, when more segments follow it: the variety in force before it. */
  readonly varietyAtSegment?: Variety;
}

/**
 * One coached turn: what to say, and the state to keep for the next one. Each function that
 * speaks a segment takes the user's pace (standard when not given): it changes how fast reps
 * are counted and the length the introduction announces; and, last, whether the user is
 * hands-free (coach/hands-free.ts): the answer runs on to the next natural rest.
 */
export interface CoachTurn {
  readonly progress: WorkoutProgress;
  readonly variety: Variety;
  readonly speech: Speech;
  /** The segment spoken; absent when the turn only asks about one or closes the workout. */
  readonly segment?: SpokenAt;
  /**
   * Hands-free: the segments spoken after `segment` in the same answer, in order (their starts
   * in seconds from the start of its speech). `progress` then stands at the last of them.
   */
  readonly following?: readonly RunSegment[];
  /** When the turn closes the workout: the work done, as its closing line says it. */
  readonly closing?: WorkSummary;
  /** The segment ends asking how the move went ("how was that?"), not with its usual question. */
  readonly asksFeedback?: true;
}

export function startWorkout(
  v: Voice,
  workoutId: string,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
  tuning?: Tuning,
  handsFree?: HandsFree,
): CoachTurn {
  const workout = applyTuning(getWorkout(workoutId), tuning);
  return speakAt(v, workout, 0, variety, pace, noWorkDone(workout), planFor(workout), handsFree);
}

/**
 * The next segment, or undefined when the workout is already over. `done` is the work heard
 * so far in this session, for the closing line if the next segment is the last.
 */
export function nextSegment(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
  done?: WorkDone,
  handsFree?: HandsFree,
): CoachTurn | undefined {
  const workout = workoutOf(progress);
  const index = progress.segmentIndex + 1;
  const plans = planFor(workout);
  if (progress.status === "finished" || index >= plans.length) return undefined;
  return speakAt(v, workout, index, variety, pace, done ?? noWorkDone(workout), plans, handsFree);
}

/** The segment before this one (the first segment stays the first). */
export function previousSegment(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
  done?: WorkDone,
  handsFree?: HandsFree,
): CoachTurn {
  const index = Math.max(0, progress.segmentIndex - 1);
  const workout = workoutOf(progress);
  const work = done ?? noWorkDone(workout);
  return speakAt(v, workout, index, variety, pace, work, planFor(workout), handsFree);
}

/** The current segment again, word for word. */
export function repeatSegment(
  v: Voice,
  progress: WorkoutProgress,
  pace: Pace = STANDARD_PACE,
  done?: WorkDone,
): CoachTurn {
  const workout = workoutOf(progress);
  return speakAt(
    v,
    workout,
    progress.segmentIndex,
    progress.varietyAtSegment,
    pace,
    done ?? noWorkDone(workout),
  );
}

/**
 * The question leading into the next segment, again: "repeat" after a skip, which asked it on
 * its own (the skipped move's last segment was never said, so it is not the one to repeat).
 */
export function repeatLeadIn(v: Voice, progress: WorkoutProgress): CoachTurn | undefined {
  const workout = workoutOf(progress);
  const plans = planFor(workout);
  const next = progress.segmentIndex + 1;
  if (next >= plans.length) return undefined;
  const leadIn = speakLeadIn(v, workout, plans, next, progress.varietyAtSegment);
  return { progress, variety: leadIn.variety, speech: leadIn };
}

export function startOver(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
  handsFree?: HandsFree,
): CoachTurn {
  return startWorkout(v, progress.workoutId, variety, pace, progress.tuning, handsFree);
}

/**
 * Skips the move the user is facing: the one the last question asked about ("Next, skaters...
 * Ready?" faces skaters; "Ready for set two?" faces the rest of the move being done), or, after
 * a pause or with `cutOff` (the last segment was cut short by the request: the user is still in
 * it), the one at the position. Says so, then introduces the move after it with its question; a
 * timed block is only asked about, never started without the user's go. Skipping the last move
 * closes the workout. Undefined when it is already over.
 */
export function skipExercise(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
  done?: WorkDone,
  handsFree?: HandsFree,
  cutOff = false,
): CoachTurn | undefined {
  const workout = workoutOf(progress);
  const plans = planFor(workout);
  if (progress.status === "finished") return undefined;
  const facingIndex =
    progress.status === "paused" || cutOff ? progress.segmentIndex : progress.segmentIndex + 1;
  const facing = plans[Math.min(facingIndex, plans.length - 1)];
  if (!facing) return undefined;
  const skipping = v.say("segment.skipping", { exercise: v.exercise(facing.exerciseId).name });
  const target = plans.findIndex((plan) => plan.blockIndex > facing.blockIndex);
  if (target === -1) {
    const summary = summarizeWork(workout, done ?? noWorkDone(workout));
    const closing = speakClosing(v, workout, variety, summary);
    return {
      progress: { ...progress, segmentIndex: plans.length - 1, status: "finished" },
      variety: closing.variety,
      speech: withLead(skipping, closing),
      closing: summary,
    };
  }
  if (plans[target]?.kind === "intro") {
    const work = done ?? noWorkDone(workout);
    const lead = new SpeechBuilder().say(skipping).build().estimatedSeconds;
    const run = handsFree && { leadSeconds: handsFree.leadSeconds + lead };
    const turn = speakAt(v, workout, target, variety, pace, work, plans, run || undefined);
    return {
      ...turn,
      speech: withLead(skipping, turn.speech),
      ...(turn.segment ? { segment: { ...turn.segment, startsAt: lead } } : {}),
      ...(turn.following
        ? { following: turn.following.map((s) => ({ ...s, startsAt: round(s.startsAt + lead) })) }
        : {}),
    };
  }
  // A timed block: stand just before it, so "ready" starts it.
  const leadIn = speakLeadIn(v, workout, plans, target, variety);
  return {
    progress: {
      workoutId: workout.id,
      segmentIndex: target - 1,
      status: "active",
      varietyAtSegment: variety,
      ...(workout.tuning ? { tuning: workout.tuning } : {}),
    },
    variety: leadIn.variety,
    speech: withLead(skipping, leadIn),
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

function withLead(lead: string, speech: Speech): Speech {
  return new SpeechBuilder().say(lead).include(speech).build();
}

/** Estimated seconds of coaching left after the current segment, and moves not yet started. */
export function remainingAfter(
  v: Voice,
  progress: WorkoutProgress,
  pace: Pace = STANDARD_PACE,
): { seconds: number; moves: number } {
  const workout = workoutOf(progress);
  const seconds = segmentSeconds(v, workout, pace)
    .slice(progress.segmentIndex + 1)
    .reduce((sum, s) => sum + s, 0);
  const current = planFor(workout)[progress.segmentIndex];
  const moves = current ? workout.blocks.length - current.blockIndex - 1 : 0;
  return { seconds: Math.round(seconds), moves };
}

/** "What's next?" in a sentence; undefined when the current segment is the last. */
export function whatsNext(v: Voice, progress: WorkoutProgress): string | undefined {
  const workout = workoutOf(progress);
  return describeNext(v, workout, planFor(workout), progress.segmentIndex);
}

/** Longer than any one answer can be: a cut-off further in than this is not one we made. */
const MAX_STOPPED_AFTER_SECONDS = 300;

/** True when a stored position still fits the catalog (it may have changed since it was saved). */
export function isValidProgress(progress: WorkoutProgress): boolean {
  const workout = findWorkout(progress.workoutId);
  const { stoppedAfter, movesDone, tuning } = progress;
  return (
    workout !== undefined &&
    Number.isInteger(progress.segmentIndex) &&
    progress.segmentIndex >= 0 &&
    progress.segmentIndex < planFor(workout).length &&
    (stoppedAfter === undefined ||
      (progress.status === "paused" &&
        Number.isFinite(stoppedAfter) &&
        stoppedAfter >= 0 &&
        stoppedAfter <= MAX_STOPPED_AFTER_SECONDS)) &&
    (movesDone === undefined ||
      // Typed here too: a position read back from a client or an item may hold anything.
      (typeof movesDone === "string" &&
        movesDone.length === workout.blocks.length &&
        /^[01]*$/.test(movesDone))) &&
    (tuning === undefined || isTuningOf(tuning, workout))
  );
}

/** Tunings already found to fit a workout: a run's tuning is one object from turn to turn. */
const checkedTunings = new WeakMap<Tuning, Workout>();

function isTuningOf(tuning: Tuning, workout: Workout): boolean {
  if (checkedTunings.get(tuning) === workout) return true;
  if (!sameTuning(parseTuning(tuning, workout), tuning)) return false;
  checkedTunings.set(tuning, workout);
  return true;
}

/** A tuning is only kept exactly as these rules make it: nothing more, nothing bent. */
function sameTuning(parsed: Tuning | undefined, raw: Tuning): boolean {
  return parsed !== undefined && sameJson(parsed, raw);
}

/**
 * Speaks segment `index`. The last segment closes the workout with what was really done: the
 * work in `done` plus this segment, which is counted as heard (the closing follows it, and
 * the log is written now, while the session is certainly open). Hands-free, the segments after
 * it follow in the same answer up to the next stop (speakRun).
 */
export function speakAt(
  v: Voice,
  workout: Workout,
  index: number,
  variety: Variety,
  pace: Pace,
  done: WorkDone,
  plans: readonly SegmentPlan[] = planFor(workout),
  handsFree?: HandsFree,
): CoachTurn {
  if (handsFree) return speakRunAt(v, workout, index, variety, pace, done, plans, handsFree);
  const last = index === plans.length - 1;
  const closing = last
    ? summarizeWork(
        workout,
        withHeard(workout, done, index, segmentSeconds(v, workout, pace)[index] ?? 0),
      )
    : undefined;
  const delivery = deliveryFor(v, workout, pace);
  const spoken = speakSegment(v, workout, plans, index, variety, delivery, closing);
  const turn: { -readonly [K in keyof CoachTurn]: CoachTurn[K] } = {
    progress: standingAt(workout, plans, index, variety),
    variety: spoken.variety,
    speech: speechOf(spoken),
    segment: { index, startsAt: 0, seconds: spoken.estimatedSeconds },
  };
  if (closing) turn.closing = closing;
  if (spoken.asksFeedback) turn.asksFeedback = true;
  return turn;
}

/** Where a turn leaves the user: at segment `index`, said with `variety`; the last one finishes. */
function standingAt(
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
  variety: Variety,
): WorkoutProgress {
  const progress: { -readonly [K in keyof WorkoutProgress]: WorkoutProgress[K] } = {
    workoutId: workout.id,
    segmentIndex: index,
    status: index === plans.length - 1 ? "finished" : "active",
    varietyAtSegment: variety,
  };
  if (workout.tuning) progress.tuning = workout.tuning;
  return progress;
}

/** A turn's speech: the SSML, its length and, when it has them, its countdowns. */
function speechOf(spoken: Speech): Speech {
  const { ssml, estimatedSeconds, countdowns } = spoken;
  return countdowns ? { ssml, estimatedSeconds, countdowns } : { ssml, estimatedSeconds };
}

/** Hands-free speakAt: the run from `index` to its stop, as one turn standing at its end. */
function speakRunAt(
  v: Voice,
  workout: Workout,
  index: number,
  variety: Variety,
  pace: Pace,
  done: WorkDone,
  plans: readonly SegmentPlan[],
  handsFree: HandsFree,
): CoachTurn {
  const run = speakRun(v, workout, index, variety, pace, done, plans, handsFree);
  const [first, ...following] = run.segments;
  const last = run.segments[run.segments.length - 1];
  if (!first || !last) throw new RangeError(`Workout ${workout.id} spoke nothing at ${index}`);
  return {
    progress: standingAt(workout, plans, last.index, last.varietyAtSegment),
    variety: run.variety,
    speech: speechOf(run),
    segment: {
      index: first.index,
      startsAt: 0,
      seconds: first.seconds,
      ...(following.length > 0 ? { varietyAtSegment: first.varietyAtSegment } : {}),
    },
    ...(following.length > 0 ? { following } : {}),
    ...(run.closing ? { closing: run.closing } : {}),
    ...(run.asksFeedback ? { asksFeedback: true as const } : {}),
  };
}
