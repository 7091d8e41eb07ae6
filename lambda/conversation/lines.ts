import type { Position } from "../coach";
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

export function resumeOffer(v: Voice, position: Position): string {
  return v.say("skill.resumeOffer", { position: describePosition(v, position) });
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
