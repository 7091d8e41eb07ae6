import { type Position, positionOf, type WorkoutProgress } from "../coach/position";
import { intensityWord } from "../coach/segments/describe";

import { type StoppedInPhase, stoppedWhere } from "../coach/stopped";
import type { Voice } from "../i18n/voice";

/** Sentences the skill builds from names and numbers; fixed lines are said by key (v.say). */

/** "renegade rows, set two of three, in the back fat blaster" */
export function describePosition(v: Voice, position: Position): string {
  const { exercise, workout, set, sets } = position;
  const names = { exercise: v.exercise(exercise.id).name, workout: v.workout(workout.id).title };
  return set !== undefined && sets !== undefined && sets > 1
    ? v.say("skill.positionWithSet", { ...names, set: v.number(set), sets: v.number(sets) })
    : v.say("skill.position", names);
}

/**
 * "Pick up there?": where the user is, and when they cut a segment off, how far into it they
 * stopped ("You stopped about forty seconds into the hard minute of jumping jacks").
 */
export function resumeOffer(v: Voice, progress: WorkoutProgress): string {
  const position = positionOf(progress);
  const stopped = stoppedWhere(v, progress);
  const workout = v.workout(position.workout.id).title;
  if (stopped?.kind === "phase") {
    return v.say("skill.resumeInPhase", {
      into: stoppedInto(v, stopped.at.into),
      phase: phaseName(v, stopped.at),
      exercise: v.exercise(stopped.at.exerciseId).name,
      workout,
    });
  }
  if (stopped?.kind === "set") {
    const exercise = v.exercise(stopped.exerciseId).name;
    return position.sets !== undefined && position.sets > 1
      ? v.say("skill.resumeInSet", { set: v.number(stopped.set), exercise, workout })
      : v.say("skill.resumeInOnlySet", { exercise, workout });
  }
  return v.say("skill.resumeOffer", { position: describePosition(v, position) });
}

/** "about forty seconds into", "just into": rounded for the ear. */
function stoppedInto(v: Voice, seconds: number): string {
  if (seconds < 15) return v.say("skill.justInto");
  const step = seconds < 120 ? 10 : 30;
  return v.say("skill.aboutInto", { duration: v.duration(Math.round(seconds / step) * step) });
}

/** "the hard minute", "the easy two minutes". */
function phaseName(v: Voice, at: StoppedInPhase): string {
  const intensity = intensityWord(v, at.phase.intensity);
  return at.phase.seconds === 60
    ? v.say("skill.phaseMinute", { intensity })
    : v.say("skill.phaseOf", { intensity, duration: v.duration(at.phase.seconds) });
}

export function timeLeft(v: Voice, seconds: number, moves: number): string {
  if (seconds < 20) return v.say("skill.lastStretch");
  const minutes = Math.max(1, Math.round(seconds / 60));
  const time =
    minutes === 1
      ? v.say("skill.aboutAMinute")
      : v.say("skill.aboutDuration", { duration: v.duration(minutes * 60) });
  const after =
    moves === 0
      ? v.say("skill.lastMoveAfter")
      : moves === 1
        ? v.say("skill.oneMoveAfter")
        : v.say("skill.movesAfter", { count: v.number(moves) });
  return v.say("skill.timeLeft", { time, after });
}
