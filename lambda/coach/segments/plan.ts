import type { HoldPrescription, IntervalPhase, RepsPrescription } from "../catalog/types";

/** One stretch of an interval phase that a single response coaches. */
export interface PhasePiece {
  readonly phaseIndex: number;
  readonly phase: IntervalPhase;
  /** Seconds into the phase where this piece starts. */
  readonly from: number;
  /** Seconds into the phase where this piece ends (== phase.seconds when the phase ends here). */
  readonly to: number;
}

interface PlanBase {
  readonly blockIndex: number;
  /** The block's main exercise. */
  readonly exerciseId: string;
}

/** Introduces a move: what it is, how much of it, one cue. Ends with "Ready?". */
export interface IntroPlan extends PlanBase {
  readonly kind: "intro";
}

/** One set of a strength move or a hold, counted aloud, with the rest that follows it. */
export interface SetPlan extends PlanBase {
  readonly kind: "set";
  readonly prescription: RepsPrescription | HoldPrescription;
  readonly set: number;
  readonly sets: number;
}

/** A timed stretch of a cardio block: at most a few minutes, so it fits one response. */
export interface CardioPlan extends PlanBase {
  readonly kind: "cardio";
  readonly pieces: readonly PhasePiece[];
  readonly part: number;
  readonly parts: number;
}

/** A workout compiled for the voice: what each response of the workout coaches, in order. */
export type SegmentPlan = IntroPlan | SetPlan | CardioPlan;
