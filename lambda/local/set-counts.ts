import { getExercise, getWorkout } from "../coach/catalog";
import { LinePicker } from "../coach/lines";
import { type Pace, pacedTempo } from "../coach/pace";
import { planFor } from "../coach/segments/compile";
import { countReps, tempoOf } from "../coach/segments/count-reps";
import { SpeechBuilder } from "../coach/speech/ssml-builder";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { voice } from "../i18n/voice";

/** One counted set of a workout, rendered on its own so its count can be timed by ear. */
export interface CountedSet {
  /** "reverse-grip-double-arm-row, set 1 of 3 (each side)" */
  readonly label: string;
  readonly reps: number;
  /** Seconds a rep should take at this pace (the move's tempo times the pace). */
  readonly repSeconds: number;
  /** Seconds each rep is held at the squeeze, on the clock whatever the pace. */
  readonly holdSeconds: number;
  /** The count as the engine says it: "Go." and one number per rep, for one side. */
  readonly ssml: string;
  /** The engine's estimate of the count, "Go." included. */
  readonly estimatedSeconds: number;
  /** Seconds the count should take after "Go.": reps x (tempo + hold). */
  readonly nominalSeconds: number;
}

/**
 * Every counted set (reps, not holds or cardio) of a workout at a pace. One-sided moves are
 * counted per side, the same code for each side, so one side is rendered; a ceiling's "stop
 * when your form slips" is left out, so only "Go." stands before the numbers.
 */
export function countedSets(
  workoutId: string,
  pace: Pace,
  locale: Locale = DEFAULT_LOCALE,
): CountedSet[] {
  const v = voice(locale);
  const sets: CountedSet[] = [];
  for (const plan of planFor(getWorkout(workoutId))) {
    if (plan.kind !== "set" || plan.prescription.kind !== "reps") continue;
    const exercise = getExercise(plan.exerciseId);
    const { asManyAsYouCan: _ceiling, ...p } = plan.prescription;
    const b = new SpeechBuilder();
    countReps(b, v, p, { ...exercise, oneSided: false }, new LinePicker(v, {}), pace);
    const repSeconds = pacedTempo(tempoOf(p, exercise), pace);
    const holdSeconds = p.holdSeconds ?? 0;
    const count = b.build();
    sets.push({
      label: `${exercise.id}, set ${plan.set} of ${plan.sets}${exercise.oneSided ? " (each side)" : ""}`,
      reps: p.reps,
      repSeconds,
      holdSeconds,
      ssml: count.ssml,
      estimatedSeconds: count.estimatedSeconds,
      nominalSeconds: p.reps * (repSeconds + holdSeconds),
    });
  }
  return sets;
}
