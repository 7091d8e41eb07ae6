import { canonicalMs } from "../canonical-time";
import { isKit, type Kit } from "../coach/catalog/kit";
import { FRESH_VARIETY, isLineCategory, type Variety } from "../coach/lines";
import { ACTIVITY_FACTORS, checkField, SEXES } from "../coach/nutrition/profile";
import type { PartialProfile } from "../coach/nutrition/profile-input";
import {
  EMPTY_TIP_HISTORY,
  isTipTopic,
  type TipHistory,
  type TipTopic,
} from "../coach/nutrition/tips";
import { isPace, type Pace } from "../coach/pace";
import type { WorkoutProgress } from "../coach/position";
import type { Progression } from "../coach/progression/types";
import { isValidProgress } from "../coach/session";
import { describeValue } from "../describe-value";
import { isRecord } from "../is-record";
import { parseFeedbackTiming, parseProgression } from "./progression-record";
import { NEW_USER, type NoticeablePart, SCHEMA_VERSION, type UserRecord } from "./user-record";

export interface ParsedRecord {
  readonly record: UserRecord;
  /** Why the stored data could not be used as it was (logged by the caller), if it could not. */
  readonly problem?: string;
  /** What the user had that could not be read: they are told, rather than left wondering. */
  readonly lost?: readonly NoticeablePart[];
}

/**
 * Reads a stored (or session) record without trusting it. Unknown or damaged parts fall back
 * to a new user's values one field at a time, so a bad tip history never costs a workout's
 * progress. A record from a newer schema is read as far as it can be and reported. `read`
 * holds fields the caller has already parsed and checked (session attributes carry the large
 * ones as text, turn/packed-fields.ts): they are taken as they are.
 */
export function parseUserRecord(raw: unknown, read: AlreadyRead = {}): ParsedRecord {
  if (!isRecord(raw)) return { record: NEW_USER, problem: "not an object" };
  const problems: string[] = [];
  if (raw.schemaVersion !== SCHEMA_VERSION)
    problems.push(`schemaVersion ${describeValue(raw.schemaVersion)}`);
  const progress = parseProgress(raw.progress, problems);
  const progressProblems = problems.length;
  const profile = parseProfile(raw.profile, problems);
  const lost: NoticeablePart[] = [];
  if (raw.progress !== undefined && raw.progress !== null && !progress) lost.push("progress");
  if (problems.length > progressProblems) lost.push("profile");
  const progressAt = parseTime(raw.progressAt, problems);
  const equipment = parseKit(raw.equipment, problems);
  const pace = parsePace(raw.pace, problems);
  const progression = read.progression ?? parseProgression(raw.progression, problems);
  const feedbackTiming = parseFeedbackTiming(raw.feedbackTiming, problems);
  const handsFree = parseHandsFree(raw.handsFree, problems);
  // Assigned field by field rather than spread from conditional literals: read every turn.
  const record: { -readonly [K in keyof UserRecord]: UserRecord[K] } = {
    schemaVersion: SCHEMA_VERSION,
    disclaimerHeard: raw.disclaimerHeard === true,
    variety: parseVariety(raw.variety, problems),
    tips: read.tips ?? parseTips(raw.tips, problems),
  };
  if (progress) record.progress = progress;
  if (progressAt) record.progressAt = progressAt;
  if (profile) record.profile = profile;
  if (equipment) record.equipment = equipment;
  if (pace !== undefined) record.pace = pace;
  if (progression) record.progression = progression;
  if (feedbackTiming) record.feedbackTiming = feedbackTiming;
  if (handsFree) record.handsFree = handsFree;
  if (problems.length === 0) return { record };
  return { record, problem: problems.join("; "), ...(lost.length > 0 ? { lost } : {}) };
}

/** Fields parsed and checked before the rest of the record (see parseUserRecord). */
export interface AlreadyRead {
  readonly progression?: Progression;
  readonly tips?: TipHistory;
}

function parseProgress(raw: unknown, problems: string[]): WorkoutProgress | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (
    isRecord(raw) &&
    typeof raw.workoutId === "string" &&
    typeof raw.segmentIndex === "number" &&
    (raw.status === "active" || raw.status === "paused" || raw.status === "finished")
  ) {
    const { workoutId, segmentIndex, status } = raw;
    const varietyAtSegment = parseVariety(raw.varietyAtSegment, problems);
    // Ours always fits whole, details and all: one check. Only a position that does not is
    // taken apart, so a damaged detail costs that detail, never the position. The details are
    // unchecked until isValidProgress has looked at them, which takes any value.
    const whole: { -readonly [K in keyof WorkoutProgress]: unknown } = {
      workoutId,
      segmentIndex,
      status,
      varietyAtSegment,
    };
    if (raw.stoppedAfter !== undefined) whole.stoppedAfter = raw.stoppedAfter;
    if (raw.movesDone !== undefined) whole.movesDone = raw.movesDone;
    if (raw.tuning !== undefined) whole.tuning = raw.tuning;
    if (isValidProgress(whole as WorkoutProgress)) return whole as WorkoutProgress;
    const at: WorkoutProgress = { workoutId, segmentIndex, status, varietyAtSegment };
    if (isValidProgress(at)) return withDetails(at, raw, problems);
  }
  problems.push("progress no longer fits the catalog");
  return undefined;
}

/** What a position may carry besides where it is: each kept only if it fits. */
const DETAILS = ["stoppedAfter", "movesDone", "tuning"] as const;

/** Where in its segment the user stopped, and the moves done in this run, detail by detail. */
function withDetails(
  progress: WorkoutProgress,
  raw: Record<string, unknown>,
  problems: string[],
): WorkoutProgress {
  let detailed = progress;
  for (const key of DETAILS) {
    if (raw[key] === undefined) continue;
    const candidate = { ...detailed, [key]: raw[key] };
    if (isValidProgress(candidate)) detailed = candidate;
    else problems.push(`progress.${key}`);
  }
  return detailed;
}

/** A canonical ISO time ("2026-11-22T09:00:00.000Z"), as the skill writes it. */
function parseTime(raw: unknown, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === "string" && canonicalMs(raw) !== undefined) return raw;
  problems.push("progressAt");
  return undefined;
}

/**
 * One of the kits the coach offers, or unknown: a damaged value only means the user is asked
 * again, so it is not worth telling them it was lost.
 */
function parseKit(raw: unknown, problems: string[]): Kit | undefined {
  if (raw === undefined) return undefined;
  if (isKit(raw)) return raw;
  problems.push("equipment");
  return undefined;
}

/**
 * Only one of the coach's own steps: anything else (a string, a factor of 10) would count reps
 * at a tempo no one chose, so it falls back to the standard pace. Not worth telling the user:
 * they hear the standard count and can say "slower" again.
 */
function parsePace(raw: unknown, problems: string[]): Pace | undefined {
  if (raw === undefined) return undefined;
  if (isPace(raw)) return raw;
  problems.push("pace");
  return undefined;
}

/** Only `true` is kept (off is the field's absence); anything else was never written by us. */
function parseHandsFree(raw: unknown, problems: string[]): true | undefined {
  if (raw === undefined || raw === true) return raw;
  problems.push("handsFree");
  return undefined;
}

/** Each field kept only if it is still a value the formula accepts. */
function parseProfile(raw: unknown, problems: string[]): PartialProfile | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.push("profile");
    return undefined;
  }
  const profile: { -readonly [K in keyof PartialProfile]: PartialProfile[K] } = {};
  if (typeof raw.sex === "string" && (SEXES as readonly string[]).includes(raw.sex)) {
    profile.sex = raw.sex as (typeof SEXES)[number];
  }
  if (typeof raw.activity === "string" && Object.hasOwn(ACTIVITY_FACTORS, raw.activity)) {
    profile.activity = raw.activity as keyof typeof ACTIVITY_FACTORS;
  }
  for (const field of ["ageYears", "heightCm", "weightKg"] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    try {
      profile[field] = checkField(field, Number(value));
    } catch {
      problems.push(`profile ${field}`);
    }
  }
  return Object.keys(profile).length > 0 ? profile : undefined;
}

/** Which rotating line of each category was said last: only the coach's own categories. */
export function parseVariety(raw: unknown, problems: string[]): Variety {
  if (raw === undefined) return FRESH_VARIETY;
  if (!isRecord(raw) || !isVarietyShaped(raw)) {
    problems.push("variety");
    return FRESH_VARIETY;
  }
  return raw as Variety;
}

/** Every key a line category, every value a count: walked in place, as every turn reads one. */
function isVarietyShaped(raw: Readonly<Record<string, unknown>>): boolean {
  for (const category in raw) {
    if (Object.hasOwn(raw, category) && !(isLineCategory(category) && isCount(raw[category])))
      return false;
  }
  return true;
}

/** A tip's id is its topic and its place in the topic: "protein-3". */
const TIP_ID = /^([a-z-]+)-(\d{1,2})$/;
/** More ids than any topic has tips cannot be ours. */
const MAX_TIPS_A_TOPIC = 32;

function isTipId(value: unknown, topic?: TipTopic): value is string {
  if (typeof value !== "string") return false;
  const match = TIP_ID.exec(value);
  return match?.[1] !== undefined && isTipTopic(match[1]) && (!topic || match[1] === topic);
}

export function parseTips(raw: unknown, problems: string[]): TipHistory {
  if (raw === undefined) return EMPTY_TIP_HISTORY;
  const ok =
    isRecord(raw) &&
    isRecord(raw.heard) &&
    Object.entries(raw.heard).every(
      ([topic, ids]) =>
        isTipTopic(topic) &&
        Array.isArray(ids) &&
        ids.length <= MAX_TIPS_A_TOPIC &&
        ids.every((id) => isTipId(id, topic)),
    ) &&
    (raw.lastTipId === undefined || isTipId(raw.lastTipId)) &&
    (raw.lastTopic === undefined ||
      (typeof raw.lastTopic === "string" && isTipTopic(raw.lastTopic)));
  if (!ok) {
    problems.push("tips");
    return EMPTY_TIP_HISTORY;
  }
  // Only what a tip history has: anything else a stored or sent value carries is left behind.
  const { heard, lastTipId, lastTopic } = raw as unknown as TipHistory;
  const history: { -readonly [K in keyof TipHistory]: TipHistory[K] } = { heard: { ...heard } };
  if (lastTipId !== undefined) history.lastTipId = lastTipId;
  if (lastTopic !== undefined) history.lastTopic = lastTopic;
  return history;
}

/** A line's place in its category: a small whole number. */
function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1000;
}
