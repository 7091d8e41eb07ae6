import type { Voice } from "../i18n/voice";
import { findWorkout, getExercise, getWorkout } from "./catalog";
import type { Exercise, Workout } from "./catalog/types";
import type { Variety } from "./lines";
import { type Pace, STANDARD_PACE } from "./pace";
import { planFor } from "./segments/compile";
import { describeNext } from "./segments/describe-next";
import { deliveryFor, segmentSeconds } from "./segments/estimates";
import type { SegmentPlan } from "./segments/plan";
import { speakClosing, speakLeadIn, speakSegment } from "./segments/speak-segment";
import { type Speech, SpeechBuilder } from "./speech/ssml-builder";

/**
 * Where a user is in a workout. Plain data: the skill keeps it in session attributes and
 * storage, and passes it back in. The engine never reads a clock or a database.
 */
export interface WorkoutProgress {
  readonly workoutId: string;
  /** The segment last spoken (or, when paused, the one to pick up again). */
  readonly segmentIndex: number;
  readonly status: "active" | "paused" | "finished";
  /** The variety in force before this segment was spoken, so "repeat" says it word for word. */
  readonly varietyAtSegment: Variety;
}

/**
 * One coached turn: what to say, and the state to keep for the next one. Each function that
 * speaks a segment takes the user's pace (standard when not given): it changes how fast reps
 * are counted and the length the introduction announces.
 */
export interface CoachTurn {
  readonly progress: WorkoutProgress;
  readonly variety: Variety;
  readonly speech: Speech;
}

export function startWorkout(
  v: Voice,
  workoutId: string,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
): CoachTurn {
  return speakAt(v, getWorkout(workoutId), 0, variety, pace);
}

/** The next segment, or undefined when the workout is already over. */
export function nextSegment(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
): CoachTurn | undefined {
  const workout = getWorkout(progress.workoutId);
  const index = progress.segmentIndex + 1;
  if (progress.status === "finished" || index >= planFor(workout).length) return undefined;
  return speakAt(v, workout, index, variety, pace);
}

/** The segment before this one (the first segment stays the first). */
export function previousSegment(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
): CoachTurn {
  const index = Math.max(0, progress.segmentIndex - 1);
  return speakAt(v, getWorkout(progress.workoutId), index, variety, pace);
}

/** The current segment again, word for word. */
export function repeatSegment(
  v: Voice,
  progress: WorkoutProgress,
  pace: Pace = STANDARD_PACE,
): CoachTurn {
  const workout = getWorkout(progress.workoutId);
  return speakAt(v, workout, progress.segmentIndex, progress.varietyAtSegment, pace);
}

/** The current segment from its start, after a pause or in a new session. */
export function resumeWorkout(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
): CoachTurn {
  return speakAt(v, getWorkout(progress.workoutId), progress.segmentIndex, variety, pace);
}

export function pauseWorkout(progress: WorkoutProgress): WorkoutProgress {
  return progress.status === "active" ? { ...progress, status: "paused" } : progress;
}

export function startOver(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
): CoachTurn {
  return startWorkout(v, progress.workoutId, variety, pace);
}

/**
 * Skips the move the user is facing: the one the last question asked about ("Next, skaters...
 * Ready?" faces skaters; "Ready for set two?" faces the rest of the move being done), or, after
 * a pause, the one to pick up. Says so, then introduces the move after it with its question; a
 * timed block is only asked about, never started without the user's go. Skipping the last move
 * closes the workout. Undefined when it is already over.
 */
export function skipExercise(
  v: Voice,
  progress: WorkoutProgress,
  variety: Variety,
  pace: Pace = STANDARD_PACE,
): CoachTurn | undefined {
  const workout = getWorkout(progress.workoutId);
  const plans = planFor(workout);
  if (progress.status === "finished") return undefined;
  const facingIndex =
    progress.status === "paused" ? progress.segmentIndex : progress.segmentIndex + 1;
  const facing = plans[Math.min(facingIndex, plans.length - 1)];
  if (!facing) return undefined;
  const skipping = v.say("segment.skipping", { exercise: v.exercise(facing.exerciseId).name });
  const target = plans.findIndex((plan) => plan.blockIndex > facing.blockIndex);
  if (target === -1) {
    const closing = speakClosing(v, workout, variety);
    return {
      progress: { ...progress, segmentIndex: plans.length - 1, status: "finished" },
      variety: closing.variety,
      speech: withLead(skipping, closing),
    };
  }
  if (plans[target]?.kind === "intro") {
    const turn = speakAt(v, workout, target, variety, pace);
    return { ...turn, speech: withLead(skipping, turn.speech) };
  }
  // A timed block: stand just before it, so "ready" starts it.
  const leadIn = speakLeadIn(v, workout, plans, target, variety);
  return {
    progress: {
      workoutId: workout.id,
      segmentIndex: target - 1,
      status: "active",
      varietyAtSegment: variety,
    },
    variety: leadIn.variety,
    speech: withLead(skipping, leadIn),
  };
}

function withLead(lead: string, speech: Speech): Speech {
  return new SpeechBuilder().say(lead).include(speech).build();
}

/** What the user is doing now, for "where was I" and "how do I do this". */
export interface Position {
  readonly workout: Workout;
  readonly exercise: Exercise;
  readonly segment: SegmentPlan;
  readonly moveNumber: number;
  readonly moves: number;
  readonly set?: number;
  readonly sets?: number;
}

export function positionOf(progress: WorkoutProgress): Position {
  const workout = getWorkout(progress.workoutId);
  const segment = planFor(workout)[progress.segmentIndex];
  if (!segment)
    throw new RangeError(`Workout ${workout.id} has no segment ${progress.segmentIndex}`);
  return {
    workout,
    exercise: getExercise(segment.exerciseId),
    segment,
    moveNumber: segment.blockIndex + 1,
    moves: workout.blocks.length,
    ...(segment.kind === "set" ? { set: segment.set, sets: segment.sets } : {}),
  };
}

/** Estimated seconds of coaching left after the current segment, and moves not yet started. */
export function remainingAfter(
  v: Voice,
  progress: WorkoutProgress,
  pace: Pace = STANDARD_PACE,
): { seconds: number; moves: number } {
  const workout = getWorkout(progress.workoutId);
  const seconds = segmentSeconds(v, workout, pace)
    .slice(progress.segmentIndex + 1)
    .reduce((sum, s) => sum + s, 0);
  const current = planFor(workout)[progress.segmentIndex];
  const moves = current ? workout.blocks.length - current.blockIndex - 1 : 0;
  return { seconds: Math.round(seconds), moves };
}

/**
 * What a workout log records for a stretch of coaching, from segment `fromSegment` up to and
 * including the current one: its estimated seconds and the moves it reached.
 */
export function coachedSince(
  v: Voice,
  progress: WorkoutProgress,
  fromSegment = 0,
): { seconds: number; moves: number; totalMoves: number } {
  const workout = getWorkout(progress.workoutId);
  const plans = planFor(workout);
  const from = Math.max(0, Math.min(fromSegment, progress.segmentIndex));
  const seconds = segmentSeconds(v, workout)
    .slice(from, progress.segmentIndex + 1)
    .reduce((sum, s) => sum + s, 0);
  const first = plans[from];
  const current = plans[progress.segmentIndex];
  return {
    seconds: Math.round(seconds),
    moves: first && current ? current.blockIndex - first.blockIndex + 1 : 0,
    totalMoves: workout.blocks.length,
  };
}

/** "What's next?" in a sentence; undefined when the current segment is the last. */
export function whatsNext(v: Voice, progress: WorkoutProgress): string | undefined {
  const workout = getWorkout(progress.workoutId);
  return describeNext(v, workout, planFor(workout), progress.segmentIndex);
}

/** True when a stored position still fits the catalog (it may have changed since it was saved). */
export function isValidProgress(progress: WorkoutProgress): boolean {
  const workout = findWorkout(progress.workoutId);
  return (
    workout !== undefined &&
    Number.isInteger(progress.segmentIndex) &&
    progress.segmentIndex >= 0 &&
    progress.segmentIndex < planFor(workout).length
  );
}

function speakAt(
  v: Voice,
  workout: Workout,
  index: number,
  variety: Variety,
  pace: Pace,
): CoachTurn {
  const plans = planFor(workout);
  const spoken = speakSegment(v, workout, plans, index, variety, deliveryFor(v, workout, pace));
  return {
    progress: {
      workoutId: workout.id,
      segmentIndex: index,
      status: index === plans.length - 1 ? "finished" : "active",
      varietyAtSegment: variety,
    },
    variety: spoken.variety,
    speech: { ssml: spoken.ssml, estimatedSeconds: spoken.estimatedSeconds },
  };
}
