import { getExercise } from "../catalog";
import type { Workout } from "../catalog/types";
import { durationWords, numberWords } from "../speech/numbers";
import { describeHold, describePhases, describeReps } from "./describe";
import type { SegmentPlan } from "./plan";

/** "What's next?": the segment after `index`, in a sentence, or undefined after the last. */
export function describeNext(
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
): string | undefined {
  const next = plans[index + 1];
  if (!next) return undefined;
  const exercise = getExercise(next.exerciseId);
  const block = workout.blocks[next.blockIndex];
  switch (next.kind) {
    case "set": {
      if (next.sets > 1) {
        return `Next is set ${numberWords(next.set)} of ${numberWords(next.sets)} of ${exercise.name}.`;
      }
      const p = next.prescription;
      const amount = p.kind === "reps" ? describeReps(p, exercise) : describeHold(p, exercise);
      return `Next: ${exercise.name}, ${amount}.`;
    }
    case "intro": {
      const p = block?.prescription;
      const amount =
        p?.kind === "reps"
          ? describeReps(p, exercise)
          : p?.kind === "hold"
            ? describeHold(p, exercise)
            : p?.kind === "intervals"
              ? describePhases(p.phases)
              : "";
      return `Next up is ${exercise.name}: ${amount}.`;
    }
    case "cardio": {
      if (next.part > 1) {
        const seconds = next.pieces.reduce((sum, piece) => sum + piece.to - piece.from, 0);
        return `Next is more ${exercise.name}: the next ${durationWords(seconds)}.`;
      }
      const phases = block?.prescription.kind === "intervals" ? block.prescription.phases : [];
      return `Next is ${exercise.name}: ${describePhases(phases)}.`;
    }
  }
}
