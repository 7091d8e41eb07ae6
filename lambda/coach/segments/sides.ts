import type { Voice } from "../../i18n/voice";
import type { Exercise } from "../catalog/types";

/** One-sided moves are counted right side first, then left; others once, with no side named. */
export function sidesOf(v: Voice, exercise: Exercise): readonly (string | undefined)[] {
  return exercise.oneSided
    ? [v.say("counting.rightSide"), v.say("counting.leftSide")]
    : [undefined];
}

/** Time to change sides on a one-sided move before the count starts again. */
export const SWITCH_SIDES_SECONDS = 4;
