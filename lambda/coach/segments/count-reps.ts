import type { Exercise, HoldPrescription, RepsPrescription } from "../catalog/types";
import type { LinePicker } from "../lines";
import { durationWords, numberWords } from "../speech/numbers";
import type { SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";

/** Default seconds per rep when neither the workout nor the exercise says. */
const DEFAULT_TEMPO_SECONDS = 3;
/** Time to change sides on a one-sided move before the count starts again. */
const SWITCH_SIDES_SECONDS = 4;
/** Time to get into position before a hold starts. */
const GET_SET_SECONDS = 3;

const SIDES = ["Right side.", "Left side."] as const;

/**
 * Counts one set aloud at the move's tempo: each number lands as a rep finishes, so a rep takes
 * exactly its tempo and nothing is rushed. One-sided moves are counted per side with a switch
 * in between; a short encouragement comes with two reps to go.
 */
export function countReps(
  b: SpeechBuilder,
  p: RepsPrescription,
  exercise: Exercise,
  picker: LinePicker,
): void {
  const tempo = p.tempoSeconds ?? exercise.tempoSeconds ?? DEFAULT_TEMPO_SECONDS;
  const sides = exercise.oneSided ? SIDES : [undefined];
  sides.forEach((side, i) => {
    if (i > 0) b.say("Switch sides.").pause(SWITCH_SIDES_SECONDS);
    if (side) b.say(side);
    if (p.asManyAsYouCan && i === 0) b.say("Stop when your form slips.");
    b.say("Go.");
    if (p.holdSeconds !== undefined) countHeldReps(b, p.reps, tempo, p.holdSeconds);
    else countPlainReps(b, p.reps, tempo, picker);
  });
}

function countPlainReps(b: SpeechBuilder, reps: number, tempo: number, picker: LinePicker): void {
  const start = b.elapsed;
  for (let rep = 1; rep <= reps; rep++) {
    b.at(start + rep * tempo, numberWords(rep));
    if (rep === reps - 2 && reps >= 5) b.say(picker.next("twoToGo"));
  }
}

/**
 * Reps with a squeeze at the top (band pulls, bridges): the number, then "hold", a countdown of
 * the last seconds of a long hold, then "relax" and the way back down.
 */
function countHeldReps(b: SpeechBuilder, reps: number, tempo: number, holdSeconds: number): void {
  const start = b.elapsed;
  const repSeconds = tempo + holdSeconds;
  for (let rep = 1; rep <= reps; rep++) {
    const repStart = start + (rep - 1) * repSeconds;
    const holdStart = repStart + tempo / 2;
    const holdEnd = holdStart + holdSeconds;
    b.at(repStart, `${capitalize(numberWords(rep))}.`);
    b.at(holdStart, "Hold.");
    if (holdSeconds >= 5) {
      for (let left = Math.min(holdSeconds - 2, 5); left >= 1; left--) {
        b.at(holdEnd - left, numberWords(left));
      }
    }
    b.at(holdEnd, "And relax.");
  }
  b.padTo(start + reps * repSeconds);
}

/** Holds count down in seconds: every second for short holds, tens then the last five for long. */
export function countHold(
  b: SpeechBuilder,
  p: HoldPrescription,
  exercise: Exercise,
  picker: LinePicker,
): void {
  const sides = exercise.oneSided ? SIDES : [undefined];
  sides.forEach((side, i) => {
    if (i > 0) b.say("Switch sides.").pause(SWITCH_SIDES_SECONDS - GET_SET_SECONDS);
    if (side) b.say(side);
    b.say("Get into position.")
      .pause(GET_SET_SECONDS)
      .say(`Hold for ${durationWords(p.seconds)}.`);
    const start = b.elapsed;
    for (const left of countdownMarks(p.seconds)) {
      const line = left > 5 ? `${capitalize(numberWords(left))} seconds to go.` : numberWords(left);
      b.at(start + p.seconds - left, line);
      if (left === 20) b.say(picker.next("holdOn"));
    }
    b.at(start + p.seconds, "And rest.");
  });
}

/** Seconds-left marks for a hold: each second up to fifteen; beyond that tens, then five to one. */
export function countdownMarks(seconds: number): number[] {
  const marks: number[] = [];
  const everySecondFrom = seconds <= 15 ? seconds - 1 : 5;
  for (let left = seconds - 1; left >= 1; left--) {
    if (left <= everySecondFrom || left % 10 === 0) marks.push(left);
  }
  return marks;
}

/** A timed rest between sets, with a heads-up ten seconds before the next set. */
export function restBetweenSets(b: SpeechBuilder, seconds: number, picker: LinePicker): void {
  const start = b.elapsed;
  b.say(`Rest for ${durationWords(seconds)}.`).say(picker.next("rest"));
  if (seconds > 15) b.at(start + seconds - 10, "Ten seconds.");
  b.padTo(start + seconds);
}
