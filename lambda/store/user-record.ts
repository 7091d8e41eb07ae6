import type { Kit } from "../coach/catalog/kit";
import { FRESH_VARIETY, type Variety } from "../coach/lines";
import type { PartialProfile } from "../coach/nutrition/profile-input";
import { EMPTY_TIP_HISTORY, type TipHistory } from "../coach/nutrition/tips";
import { type Pace, STANDARD_PACE } from "../coach/pace";
import type { WorkoutProgress } from "../coach/position";
import {
  DEFAULT_FEEDBACK_TIMING,
  type FeedbackTiming,
  type Progression,
} from "../coach/progression/types";

/**
 * What Back Coach keeps about a user between sessions: two DynamoDB items, the profile and the
 * workout position (record-parts.ts says which field is in which). Only what a feature
 * needs: where an unfinished workout stopped, which lines and tips were heard, whether the
 * health note was given, the pace reps are counted at. Workouts done are items of their own (see workout-log.ts), so two
 * devices finishing at once record two workouts rather than fight over a counter.
 */
export const SCHEMA_VERSION = 1;

export interface UserRecord {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** The first-run health note ("not medical advice, check with a doctor") was given. */
  readonly disclaimerHeard: boolean;
  /** The unfinished workout, if any. */
  readonly progress?: WorkoutProgress;
  /**
   * When the position last changed (set or cleared), as a request time: two devices' positions
   * merge by it, the later one kept (merge-records.ts).
   */
  readonly progressAt?: string;
  readonly variety: Variety;
  readonly tips: TipHistory;
  /** What the calorie formula needs, as far as the user has told us; only validated values. */
  readonly profile?: PartialProfile;
  /** What the user has to hand ("a band"), once told: workouts are chosen to fit it. */
  readonly equipment?: Kit;
  /** How fast reps are counted, once the user has said "slower" or "faster" (see paceOf). */
  readonly pace?: Pace;
  /** How each move should feel harder or easier next time, from the user's ratings. */
  readonly progression?: Progression;
  /** When to ask how a move went, once the user has chosen (see feedbackTimingOf). */
  readonly feedbackTiming?: FeedbackTiming;
  /** "Keep going without asking": workout answers run on to the next natural rest. */
  readonly handsFree?: true;
}

/** Every field a record may have (the type makes a new field fail to compile until listed). */
const FIELDS: { readonly [F in keyof UserRecord]-?: true } = {
  schemaVersion: true,
  disclaimerHeard: true,
  progress: true,
  progressAt: true,
  variety: true,
  tips: true,
  profile: true,
  equipment: true,
  pace: true,
  progression: true,
  feedbackTiming: true,
  handsFree: true,
};

/** Whether `name` is a field of the record, for reading one field by name from untrusted input. */
export function isRecordField(name: string): name is keyof UserRecord {
  return Object.hasOwn(FIELDS, name);
}

/** The user chose hands-free: each workout answer runs on to a natural rest (coach/hands-free.ts). */
export function handsFreeOf(record: UserRecord): boolean {
  return record.handsFree === true;
}

/**
 * When the user is asked how a move went, as the workout does it. Hands-free, "after each move"
 * becomes "at the end": a question after a move's last set would stop the answer exactly
 * where the guide goes straight on (a strength move into its cardio), so the moves done are
 * asked about together, once, when the workout is over. "Don't ask" is never overruled.
 */
export function askTimingOf(record: UserRecord): FeedbackTiming {
  const timing = feedbackTimingOf(record);
  return handsFreeOf(record) && timing === "each" ? "end" : timing;
}

/** When the user is asked how it went: after each move until they choose otherwise. */
export function feedbackTimingOf(record: UserRecord): FeedbackTiming {
  return record.feedbackTiming ?? DEFAULT_FEEDBACK_TIMING;
}

/** The pace the user's reps are counted at: the standard one until they change it. */
export function paceOf(record: UserRecord): Pace {
  return record.pace ?? STANDARD_PACE;
}

export const NEW_USER: UserRecord = {
  schemaVersion: SCHEMA_VERSION,
  disclaimerHeard: false,
  variety: FRESH_VARIETY,
  tips: EMPTY_TIP_HISTORY,
};

/** Parts of a record the user would miss if reading it had to drop them. */
export type NoticeablePart = "progress" | "profile";
