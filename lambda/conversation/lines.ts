import type { Position } from "../coach";
import { fill } from "../coach/speech/fill";
import { durationWords, numberWords } from "../coach/speech/numbers";
import words from "../content/en-US.words.json" with { type: "json" };

/**
 * Everything the skill says outside the workouts themselves (en-US). The fixed lines are the
 * skill section of lambda/content/en-US.words.json, one place so wording stays consistent;
 * the sentences built from numbers and names are the functions below.
 */
export const LINES: Readonly<typeof words.skill> = words.skill;

/** "renegade rows, set two of three, in the back fat blaster" */
export function describePosition(position: Position): string {
  const { exercise, workout, set, sets } = position;
  const names = { exercise: exercise.name, workout: workout.title };
  return set !== undefined && sets !== undefined && sets > 1
    ? fill(LINES.positionWithSet, { ...names, set: numberWords(set), sets: numberWords(sets) })
    : fill(LINES.position, names);
}

export function resumeOffer(position: Position): string {
  return fill(LINES.resumeOffer, { position: describePosition(position) });
}

export function timeLeft(seconds: number, moves: number): string {
  if (seconds < 20) return LINES.lastStretch;
  const minutes = Math.max(1, Math.round(seconds / 60));
  const time =
    minutes === 1
      ? LINES.aboutAMinute
      : fill(LINES.aboutDuration, { duration: durationWords(minutes * 60) });
  const after =
    moves === 0
      ? LINES.lastMoveAfter
      : moves === 1
        ? LINES.oneMoveAfter
        : fill(LINES.movesAfter, { count: numberWords(moves) });
  return fill(LINES.timeLeft, { time, after });
}
