import type { Voice } from "../../i18n/voice";
import type { Exercise, HoldPrescription } from "../catalog/types";
import type { LinePicker } from "../lines";
import type { SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";
import { SWITCH_SIDES_SECONDS, sidesOf } from "./sides";

/** Time to get into position before a hold starts. */
const GET_SET_SECONDS = 3;

/** Holds count down in seconds: every second for short holds, tens then the last five for long. */
export function countHold(
  b: SpeechBuilder,
  v: Voice,
  p: HoldPrescription,
  exercise: Exercise,
  picker: LinePicker,
): void {
  sidesOf(v, exercise).forEach((side, i) => {
    if (i > 0) b.say(v.say("counting.switchSides")).pause(SWITCH_SIDES_SECONDS - GET_SET_SECONDS);
    if (side) b.say(side);
    b.say(v.say("counting.getIntoPosition"))
      .pause(GET_SET_SECONDS)
      .say(v.say("counting.holdFor", { duration: v.duration(p.seconds) }));
    const start = b.elapsed;
    b.countdown("hold", p.seconds, start);
    for (const left of countdownMarks(p.seconds)) {
      const line =
        left > 5
          ? v.say("counting.secondsToGo", { seconds: capitalize(v.number(left)) })
          : v.number(left);
      b.at(start + p.seconds - left, line);
      if (left === 20) b.say(picker.next("holdOn"));
    }
    b.at(start + p.seconds, v.say("counting.andRest"));
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
