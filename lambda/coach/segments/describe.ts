import type { Voice } from "../../i18n/voice";
import type {
  Exercise,
  HoldPrescription,
  Intensity,
  IntervalPhase,
  RepsPrescription,
} from "../catalog/types";

export function intensityWord(v: Voice, intensity: Intensity): string {
  return v.say(`describe.intensity.${intensity}`);
}

/** "three sets of ten", "twelve on each side", "eight reps, holding each for ten seconds". */
export function describeReps(v: Voice, p: RepsPrescription, exercise: Exercise): string {
  const count = exercise.oneSided
    ? v.say("describe.onEachSide", { count: v.number(p.reps) })
    : v.number(p.reps);
  let text =
    p.sets > 1
      ? v.say("describe.setsOf", { sets: v.count("set", p.sets), count })
      : exercise.oneSided
        ? count
        : v.say("describe.reps", { count });
  if (p.alternating) text = v.say("describe.alternating", { amount: text });
  if (p.holdSeconds !== undefined && p.holdSeconds >= 5) {
    text = v.say("describe.holdingEach", { amount: text, duration: v.duration(p.holdSeconds) });
  }
  if (p.asManyAsYouCan) text = v.say("describe.asManyAsYouCan", { amount: text });
  return text;
}

/** "two holds of thirty seconds", "twenty seconds on each side". */
export function describeHold(v: Voice, p: HoldPrescription, exercise: Exercise): string {
  const amount =
    p.sets > 1
      ? v.say("describe.holdsOf", {
          holds: v.count("hold", p.sets),
          duration: v.duration(p.seconds),
        })
      : v.duration(p.seconds);
  return exercise.oneSided ? v.say("describe.eachSide", { amount }) : amount;
}

/** "one minute moderate, then one minute hard"; longer patterns are summed up. */
export function describePhases(v: Voice, phases: readonly IntervalPhase[]): string {
  if (phases.length === 0) return "";
  if (phases.length <= 3) {
    return phases
      .map((phase) =>
        v.say("describe.phase", {
          duration: v.duration(phase.seconds),
          intensity: intensityWord(v, phase.intensity),
        }),
      )
      .reduce((first, next) => v.say("describe.then", { first, next }));
  }
  const hard = phases.filter((phase) => phase.intensity === "hard");
  const total = phases.reduce((sum, phase) => sum + phase.seconds, 0);
  return v.say("describe.inAll", {
    total: v.duration(total),
    hard: v.count("hardStretch", hard.length),
  });
}
