import type { Level } from "../catalog/types";

/**
 * How a strength move felt, in the three words the coach asks for. "I could have done more" and
 * "three left in the tank" are easy; "that was brutal" and "nothing left" are hard.
 */
export const RATINGS = ["easy", "right", "hard"] as const;
export type Rating = (typeof RATINGS)[number];

/** When the coach asks how a move went: after each move's last set, once at the end, or never. */
export const FEEDBACK_TIMINGS = ["each", "end", "never"] as const;
export type FeedbackTiming = (typeof FEEDBACK_TIMINGS)[number];
/** Every user starts being asked after each move: the question is short and skippable. */
export const DEFAULT_FEEDBACK_TIMING: FeedbackTiming = "each";

/** What changed for a move, to be said the next time it comes up ("so today it's fourteen"). */
export const CHANGES = ["more", "fewer", "heavier", "lighter", "harder", "easier"] as const;
export type Change = (typeof CHANGES)[number];

/** One move's progress, kept per exercise in the user's record. */
export interface MoveProgress {
  /** Reps added to each set (taken away, when negative), on the workout's own count. */
  readonly reps: number;
  /** Steps harder (positive) or easier: a harder variant, or heavier weights, per the move. */
  readonly step: number;
  /** The request time of the rating that last changed it: two devices merge by it. */
  readonly at: string;
  /** Changed since the move was last coached: said once, when it next comes up. */
  readonly news?: Change;
}

/** The pull-up progression's level, moved by the bar work (see pull-up-level.ts). */
export interface PullUpLevel {
  readonly level: Level;
  readonly at: string;
  /** Moved since the last pull-up workout: said when the next one starts. */
  readonly news?: "up" | "down";
}

/** Everything the coach has learned about how hard each move should be for this user. */
export interface Progression {
  readonly moves: Readonly<Record<string, MoveProgress>>;
  readonly pullUps?: PullUpLevel;
}

export const NO_PROGRESSION: Progression = { moves: {} };

/** One block of a workout as tuned for this run: its reps, its variant, what to say about it. */
export interface TunedBlock {
  readonly block: number;
  readonly reps: number;
  readonly exerciseId: string;
  /** The change since last time, said at the move's introduction. */
  readonly said?: Change;
}

/**
 * A run of a workout as tuned when it started, kept with the position: a rating given during
 * the run changes the next run, never this one, so "repeat" and "resume" say the same numbers.
 */
export interface Tuning {
  readonly blocks: readonly TunedBlock[];
  /** One character per block: "1" where the last set ends with "how was that?". */
  readonly asks?: string;
}
