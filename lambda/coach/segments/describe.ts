import type {
  Exercise,
  HoldPrescription,
  Intensity,
  IntervalPhase,
  RepsPrescription,
} from "../catalog/types";
import { durationWords, numberWords, plural } from "../speech/numbers";

const INTENSITY_WORDS: Readonly<Record<Intensity, string>> = {
  easy: "easy",
  moderate: "moderate",
  steady: "steady",
  hard: "hard",
};

export function intensityWord(intensity: Intensity): string {
  return INTENSITY_WORDS[intensity];
}

/** "three sets of ten", "twelve on each side", "eight reps, holding each for ten seconds". */
export function describeReps(p: RepsPrescription, exercise: Exercise): string {
  const count = exercise.oneSided ? `${numberWords(p.reps)} on each side` : numberWords(p.reps);
  let text = p.sets > 1 ? `${plural(p.sets, "set")} of ${count}` : `${count} reps`;
  if (exercise.oneSided && p.sets === 1) text = count;
  if (p.alternating) text += ", alternating arms";
  if (p.holdSeconds !== undefined && p.holdSeconds >= 5) {
    text += `, holding each one for ${durationWords(p.holdSeconds)}`;
  }
  if (p.asManyAsYouCan) text += ", or as many as you can with good form";
  return text;
}

/** "two holds of thirty seconds", "twenty seconds on each side". */
export function describeHold(p: HoldPrescription, exercise: Exercise): string {
  const each = exercise.oneSided ? " on each side" : "";
  return p.sets > 1
    ? `${plural(p.sets, "hold")} of ${durationWords(p.seconds)}${each}`
    : `${durationWords(p.seconds)}${each}`;
}

/** "one minute moderate, then one minute hard"; longer patterns are summed up. */
export function describePhases(phases: readonly IntervalPhase[]): string {
  if (phases.length <= 3) {
    return phases
      .map((phase) => `${durationWords(phase.seconds)} ${intensityWord(phase.intensity)}`)
      .join(", then ");
  }
  const hard = phases.filter((phase) => phase.intensity === "hard");
  const total = phases.reduce((sum, phase) => sum + phase.seconds, 0);
  return `${durationWords(total)} in all, with ${plural(hard.length, "hard stretch", "hard stretches")}`;
}
