import type { Voice } from "../../i18n/voice";
import { getExercise } from "../catalog";
import type { Workout } from "../catalog/types";
import { describeHold, describePhases, describeReps } from "./describe";
import type { SegmentPlan } from "./plan";

/**
 * "What's next?": what comes after the part the user is on, in a sentence, or undefined after
 * the last. At a move's introduction the user is facing that move, so "next" is the move after.
 */
export function describeNext(
  v: Voice,
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
): string | undefined {
  const current = plans[index];
  const next =
    current?.kind === "intro"
      ? plans.find((plan, i) => i > index && plan.blockIndex > current.blockIndex)
      : plans[index + 1];
  if (!next) return undefined;
  const exercise = getExercise(next.exerciseId);
  const name = v.exercise(exercise.id).name;
  const block = workout.blocks[next.blockIndex];
  switch (next.kind) {
    case "set": {
      if (next.sets > 1) {
        return v.say("segment.nextSet", {
          set: v.number(next.set),
          sets: v.number(next.sets),
          exercise: name,
        });
      }
      const p = next.prescription;
      const amount =
        p.kind === "reps" ? describeReps(v, p, exercise) : describeHold(v, p, exercise);
      return v.say("segment.nextSingle", { exercise: name, amount });
    }
    case "intro": {
      const p = block?.prescription;
      const amount =
        p?.kind === "reps"
          ? describeReps(v, p, exercise)
          : p?.kind === "hold"
            ? describeHold(v, p, exercise)
            : p?.kind === "intervals"
              ? describePhases(v, p.phases)
              : "";
      return v.say("segment.nextIntro", { exercise: name, amount });
    }
    case "cardio": {
      if (next.part > 1) {
        const seconds = next.pieces.reduce((sum, piece) => sum + piece.to - piece.from, 0);
        return v.say("segment.nextMoreCardio", { exercise: name, duration: v.duration(seconds) });
      }
      const phases = block?.prescription.kind === "intervals" ? block.prescription.phases : [];
      return v.say("segment.nextCardioBlock", {
        exercise: name,
        phases: describePhases(v, phases),
      });
    }
  }
}
