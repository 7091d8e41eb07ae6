import type { Voice } from "../../i18n/voice";
import type { Exercise, RepsPrescription } from "../catalog/types";
import type { LinePicker } from "../lines";
import { type Pace, pacedTempo } from "../pace";
import type { SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";
import { SWITCH_SIDES_SECONDS, sidesOf } from "./sides";

/** Default seconds per rep when neither the workout nor the exercise says. */
const DEFAULT_TEMPO_SECONDS = 3;
/** A breath between a count and a word of encouragement, so "ten" and "two more" don't run together. */
const BEFORE_ENCOURAGEMENT_SECONDS = 0.3;

/** Seconds a rep takes at the standard pace: the workout's tempo, else the move's, else 3 s. */
export function tempoOf(p: RepsPrescription, exercise: Exercise): number {
  return p.tempoSeconds ?? exercise.tempoSeconds ?? DEFAULT_TEMPO_SECONDS;
}

/**
 * Counts one set aloud at the move's tempo: each number lands as a rep finishes, so a rep takes
 * exactly its tempo and nothing is rushed. One-sided moves are counted per side with a switch
 * in between; a short encouragement comes with two reps to go. The user's pace stretches or
 * shortens the movement only: a held rep's squeeze stays on the clock.
 */
export function countReps(
  b: SpeechBuilder,
  v: Voice,
  p: RepsPrescription,
  exercise: Exercise,
  picker: LinePicker,
  pace: Pace,
): void {
  const tempo = pacedTempo(tempoOf(p, exercise), pace);
  sidesOf(v, exercise).forEach((side, i) => {
    if (i > 0) b.say(v.say("counting.switchSides")).pause(SWITCH_SIDES_SECONDS);
    if (side) b.say(side);
    if (p.asManyAsYouCan && i === 0) b.say(v.say("counting.stopWhenFormSlips"));
    b.say(v.say("counting.go"));
    if (p.holdSeconds !== undefined) countHeldReps(b, v, p.reps, tempo, p.holdSeconds);
    else countPlainReps(b, v, p.reps, tempo, picker);
  });
}

function countPlainReps(
  b: SpeechBuilder,
  v: Voice,
  reps: number,
  tempo: number,
  picker: LinePicker,
): void {
  const start = b.elapsed;
  for (let rep = 1; rep <= reps; rep++) {
    b.at(start + rep * tempo, v.number(rep));
    if (rep === reps - 2 && reps >= 5) {
      b.pause(BEFORE_ENCOURAGEMENT_SECONDS).say(picker.next("twoToGo"));
    }
  }
}

/**
 * Reps with a squeeze at the top (band pulls, bridges): the number, then "hold", a countdown of
 * the last seconds of a long hold, then "relax" and the way back down.
 */
function countHeldReps(
  b: SpeechBuilder,
  v: Voice,
  reps: number,
  tempo: number,
  holdSeconds: number,
): void {
  const start = b.elapsed;
  const repSeconds = tempo + holdSeconds;
  for (let rep = 1; rep <= reps; rep++) {
    const repStart = start + (rep - 1) * repSeconds;
    const holdStart = repStart + tempo / 2;
    const holdEnd = holdStart + holdSeconds;
    b.at(repStart, v.say("counting.heldRep", { count: capitalize(v.number(rep)) }));
    b.at(holdStart, v.say("counting.hold"));
    if (holdSeconds >= 5) {
      for (let left = Math.min(holdSeconds - 2, 5); left >= 1; left--) {
        b.at(holdEnd - left, v.number(left));
      }
    }
    b.at(holdEnd, v.say("counting.andRelax"));
  }
  b.padTo(start + reps * repSeconds);
}
