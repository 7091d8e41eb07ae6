import type {
  Block,
  BlockLabel,
  Equipment,
  Exercise,
  HoldPrescription,
  IntervalPhase,
  IntervalPrescription,
  RepsPrescription,
  Workout,
} from "./types";

/** Rest between sets. The guides give sets and reps but no rest; thirty seconds is the coach's call. */
export const DEFAULT_REST_SECONDS = 30;

export function reps(
  exerciseId: string,
  sets: number,
  count: number,
  options: Partial<Omit<RepsPrescription, "kind" | "sets" | "reps">> = {},
): Block {
  return {
    exerciseId,
    prescription: {
      kind: "reps",
      sets,
      reps: count,
      ...options,
      restSeconds: options.restSeconds ?? (sets > 1 ? DEFAULT_REST_SECONDS : 0),
    },
  };
}

export function hold(
  exerciseId: string,
  sets: number,
  seconds: number,
  options: Partial<Pick<HoldPrescription, "restSeconds">> = {},
): Block {
  return {
    exerciseId,
    prescription: {
      kind: "hold",
      sets,
      seconds,
      restSeconds: options.restSeconds ?? (sets > 1 ? DEFAULT_REST_SECONDS : 0),
    },
  };
}

export function intervals(
  exerciseId: string,
  phases: readonly IntervalPhase[],
  label?: BlockLabel,
): Block {
  const prescription: IntervalPrescription = { kind: "intervals", phases };
  return label === undefined ? { exerciseId, prescription } : { exerciseId, prescription, label };
}

/** "1 minute moderate, 1 minute go hard": the cardio block of guide 002's workout. */
export function moderateThenHard(exerciseId: string): Block {
  return intervals(exerciseId, [
    { intensity: "moderate", seconds: 60 },
    { intensity: "hard", seconds: 60 },
  ]);
}

export function withLabel(block: Block, label: BlockLabel): Block {
  return { ...block, label };
}

/** Every exercise a workout uses, its own and those named by interval phases. */
export function exerciseIdsOf(blocks: readonly Block[]): string[] {
  const ids = new Set<string>();
  for (const block of blocks) {
    ids.add(block.exerciseId);
    if (block.prescription.kind === "intervals") {
      for (const phase of block.prescription.phases) {
        if (phase.exerciseId) ids.add(phase.exerciseId);
      }
    }
  }
  return [...ids];
}

/** A workout's equipment is derived from its moves, so the two can never disagree. */
export function defineWorkout(
  exercises: ReadonlyMap<string, Exercise>,
  workout: Omit<Workout, "equipment">,
): Workout {
  const equipment = new Set<Equipment>();
  for (const id of exerciseIdsOf(workout.blocks)) {
    const exercise = exercises.get(id);
    if (!exercise) throw new Error(`Workout ${workout.id} uses unknown exercise "${id}"`);
    if (exercise.equipment !== "none") equipment.add(exercise.equipment);
  }
  return { ...workout, equipment: equipment.size === 0 ? ["none"] : [...equipment] };
}
