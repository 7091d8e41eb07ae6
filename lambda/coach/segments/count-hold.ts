import type { Exercise, HoldPrescription } from "../catalog/types";
import type { LinePicker } from "../lines";
import { durationWords, numberWords } from "../speech/numbers";
import type { SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";
import { SIDES, SWITCH_SIDES_SECONDS } from "./sides";

/** Time to get into position before a hold starts. */
const GET_SET_SECONDS = 3;

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
