import type { Position } from "../coach";
import { fill } from "../coach/speech/fill";
import { durationWords, numberWords } from "../coach/speech/numbers";
import type { Locale } from "../i18n/locales";
import { skillWords } from "../i18n/words";

/** Sentences the skill builds from names and numbers; the fixed lines are in skillWords(). */

/** "renegade rows, set two of three, in the back fat blaster" */
export function describePosition(locale: Locale, position: Position): string {
  const L = skillWords(locale);
  const { exercise, workout, set, sets } = position;
  const names = { exercise: exercise.name, workout: workout.title };
  return set !== undefined && sets !== undefined && sets > 1
    ? fill(L.positionWithSet, { ...names, set: numberWords(set), sets: numberWords(sets) })
    : fill(L.position, names);
}

export function resumeOffer(locale: Locale, position: Position): string {
  return fill(skillWords(locale).resumeOffer, { position: describePosition(locale, position) });
}

export function timeLeft(locale: Locale, seconds: number, moves: number): string {
  const L = skillWords(locale);
  if (seconds < 20) return L.lastStretch;
  const minutes = Math.max(1, Math.round(seconds / 60));
  const time =
    minutes === 1
      ? L.aboutAMinute
      : fill(L.aboutDuration, { duration: durationWords(minutes * 60) });
  const after =
    moves === 0
      ? L.lastMoveAfter
      : moves === 1
        ? L.oneMoveAfter
        : fill(L.movesAfter, { count: numberWords(moves) });
  return fill(L.timeLeft, { time, after });
}
