/** The coaching catalog's shapes. Workouts are data; the engine turns them into speech. */
import type { Tuning } from "../progression/types";

export const EQUIPMENT = [
  "none",
  "band",
  "dumbbells",
  "gym-machine",
  "rowing-machine",
  "exercise-ball",
  "pull-up-bar",
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

/** What people ask for ("a HIIT workout", "something for the gym"); a workout can be several. */
export const WORKOUT_KINDS = [
  "blaster",
  "home",
  "band",
  "dumbbell",
  "gym",
  "pull-ups",
  "toning",
  "run",
  "hiit",
  "rowing",
  "cardio",
  "strength",
] as const;
export type WorkoutKind = (typeof WORKOUT_KINDS)[number];
export type ExerciseKind = "strength" | "hold" | "cardio";

/** What a move is: the same in every language. */
export interface ExerciseFacts {
  readonly id: string;
  readonly kind: ExerciseKind;
  readonly equipment: Equipment;
  /** Counted on each side ("twelve on the right, then twelve on the left"). */
  readonly oneSided: boolean;
  /** Seconds one rep takes at training tempo (strength moves). */
  readonly tempoSeconds?: number;
  /** Which guides (by file number) the move and its numbers come from. */
  readonly sources: readonly string[];
}

/** What the coach says about a move, per locale: the exercises section of lambda/content/<locale>.words.json. */
export interface ExerciseWords {
  /** How the coach says it in a sentence: "renegade rows". */
  readonly name: string;
  /** One short sentence said when the move is introduced. */
  readonly cue: string;
  /** Three to six short steps, for "how do I do this?". */
  readonly steps: readonly string[];
}

/** A move as the engine uses it: its facts; what it is called comes from a Voice. */
export type Exercise = ExerciseFacts;

export type Intensity = "easy" | "moderate" | "steady" | "hard";

export interface IntervalPhase {
  readonly intensity: Intensity;
  readonly seconds: number;
  /** The move for this phase when it differs from the block's (HIIT alternates moves). */
  readonly exerciseId?: string;
}

export interface RepsPrescription {
  readonly kind: "reps";
  readonly sets: number;
  /** Reps per set; for one-sided moves, per side. */
  readonly reps: number;
  /** Each rep is held at the squeeze ("hold for ten seconds, then relax"). */
  readonly holdSeconds?: number;
  /** Overrides the exercise's tempo for this workout. */
  readonly tempoSeconds?: number;
  /** Say "or as many as you can" when the count is a ceiling, not a target. */
  readonly asManyAsYouCan?: boolean;
  /** Reps alternate arms (renegade rows): count every rep, no side switch. */
  readonly alternating?: boolean;
  readonly restSeconds: number;
}

export interface HoldPrescription {
  readonly kind: "hold";
  readonly sets: number;
  readonly seconds: number;
  readonly restSeconds: number;
}

export interface IntervalPrescription {
  readonly kind: "intervals";
  readonly phases: readonly IntervalPhase[];
}

export type Prescription = RepsPrescription | HoldPrescription | IntervalPrescription;

/** Labels a block can carry ("Round two."), said from each locale's words. */
export type BlockLabel = "roundTwo" | "warmUp" | "finish";

export interface Block {
  readonly exerciseId: string;
  readonly prescription: Prescription;
  /** Said before the block when it is not just the move: a key of the words' segment labels. */
  readonly label?: BlockLabel;
}

/** What a workout is: the same in every language. */
export interface WorkoutFacts {
  readonly id: string;
  /** What the guide calls it, in minutes ("the 15-minute workout"). */
  readonly minutes: number;
  readonly level: Level;
  readonly kinds: readonly WorkoutKind[];
  readonly blocks: readonly Block[];
  readonly sources: readonly string[];
}

/** What the coach says about a workout, per locale: the workouts section of lambda/content/<locale>.words.json. */
export interface WorkoutWords {
  /** How the coach names it in a sentence: "the back fat blaster". */
  readonly title: string;
  /** Said once, before the first move. */
  readonly intro: string;
}

export interface Workout extends WorkoutFacts {
  /** Everything needed, derived from the blocks' exercises. */
  readonly equipment: readonly Equipment[];
  /** A run tuned for one user (progression/tune.ts): its blocks already carry the tuned reps. */
  readonly tuning?: Tuning;
}
