import { canonicalMs } from "../canonical-time";
import { findExercise, findWorkout } from "../coach/catalog";
import { EXERCISES } from "../coach/catalog/exercises";
import { LEVELS, WORKOUT_KINDS } from "../coach/catalog/types";
import type { Variety } from "../coach/lines";
import { TIP_TOPICS, type TipTopic } from "../coach/nutrition/tips";
import { PICK_REASONS } from "../coach/plan/todays-pick";
import { canonicalTimeZone, isKnownTimeZone } from "../coach/progress/calendar";
import { isRated } from "../coach/progression/ladders";
import { clockText, daysOf, parseClock } from "../coach/reminders/schedule";
import { planFor } from "../coach/segments/compile";
import type { SegmentEnd } from "../coach/stopped";
import { fitsWorkout, type WorkDone } from "../coach/work-done";
import { isRecord } from "../is-record";
import { type ParsedRecord, parseUserRecord, parseVariety } from "../store/parse-user-record";
import { isRecordField, type NoticeablePart, type UserRecord } from "../store/user-record";
import type { StoredUser } from "../store/user-store";
import { parseWorkoutLogEntry } from "../store/workout-log";
import { MAX_SESSION_HOURS, MAX_UNSAVED_WORKOUTS } from "./limits";
import { PACKED_FIELDS, type PackedField } from "./packed-fields";
import {
  type FollowOn,
  type KitQuestion,
  type LoggedWorkout,
  MAX_MISSES,
  type OfferedPick,
  PENDING_QUESTIONS,
  type ProfileGoal,
  type RatingQuestion,
  REPEATABLE_ANSWERS,
  type ReminderDraft,
  type Said,
  type SessionState,
  type SpokenAfter,
  type SpokenSegment,
  type WorkoutStretch,
} from "./session-state";
import { unpackField, unpackProgress } from "./unpack-fields";

/**
 * Session attributes come back from the device, so they are parsed like the stored record:
 * each field typed and bounded, unknown keys dropped. Unreadable records or versions mean "no
 * state" (the user is read again from storage); a damaged optional part is simply absent.
 * `nowIso` is the request's validated time, which bounds the workouts held back for writing.
 */
export function parseSessionState(raw: unknown, nowIso: string): SessionState | undefined {
  if (!isRecord(raw) || !isRecord(raw.stored) || !isVersion(raw.stored.version)) return undefined;
  const user = readRecord(raw.user);
  // No stored record means it is the user's own (see sessionAttributesOf): parsed once.
  const stored =
    raw.stored.record !== undefined
      ? readRecord(raw.stored.record)
      : raw.stored.differs !== undefined
        ? readRecord(withDifferences(raw.user, raw.stored.differs))
        : user;
  if (!user || !stored) return undefined;
  const pending = PENDING_QUESTIONS.find((p) => p === raw.pending);
  const said = parseSaid(raw.said);
  const profileGoal = parseProfileGoal(raw.profileGoal);
  const repaired = noticeableParts(raw.stored.repaired);
  const lostOnRead = noticeableParts(raw.lostOnRead);
  const stretch = parseStretch(raw.stretch, nowIso);
  const kitQuestion = parseKitQuestion(raw.kitQuestion);
  const followOn = parseFollowOn(raw.followOn);
  const todaysPick = parseOfferedPick(raw.todaysPick);
  const reminderDraft = parseReminderDraft(raw.reminderDraft);
  const asked = parseRatedIds(raw.asked);
  const rating = parseRatingQuestion(raw.rating);
  const timeZone =
    typeof raw.timeZone === "string" && isKnownTimeZone(raw.timeZone)
      ? canonicalTimeZone(raw.timeZone)
      : undefined;
  // Assigned field by field rather than spread from conditional literals: this runs every turn.
  const storedUser: { -readonly [K in keyof StoredUser]: StoredUser[K] } = {
    record: stored.record,
    version: raw.stored.version,
  };
  // Absent for a user whose position has no item of its own yet; a bad one is no state at all.
  if (raw.stored.positionVersion !== undefined) {
    if (!isVersion(raw.stored.positionVersion)) return undefined;
    storedUser.positionVersion = raw.stored.positionVersion;
  }
  if (repaired.length > 0) storedUser.repaired = repaired;
  if (raw.stored.damaged === true) storedUser.damaged = true;
  const state: { -readonly [K in keyof SessionState]: SessionState[K] } = {
    user: user.record,
    stored: storedUser,
    unsavedLog: parseUnsavedLog(raw.unsavedLog, nowIso),
    storageWarned: raw.storageWarned === true,
  };
  if (lostOnRead.length > 0) state.lostOnRead = lostOnRead;
  if (pending) state.pending = pending;
  if (said) state.said = said;
  if (profileGoal) state.profileGoal = profileGoal;
  if (stretch) state.stretch = stretch;
  if (kitQuestion) state.kitQuestion = kitQuestion;
  if (followOn) state.followOn = followOn;
  if (todaysPick) state.todaysPick = todaysPick;
  if (reminderDraft) state.reminderDraft = reminderDraft;
  if (asked && asked.length > 0) state.asked = asked;
  if (rating) state.rating = rating;
  if (timeZone) state.timeZone = timeZone;
  if (raw.deleted === true) state.deleted = true;
  if (isMisses(raw.misses)) state.misses = raw.misses;
  if (raw.tipOffered === true) state.tipOffered = true;
  return state;
}

/**
 * A record from session attributes: its packed fields read from their text (remembered, so the
 * same text is checked once), the rest as parseUserRecord reads any record. Undefined when any
 * of it is not what Back Coach sends: the user is then read again from storage.
 */
function readRecord(raw: unknown): ParsedRecord | undefined {
  const read: { -readonly [F in PackedField]?: NonNullable<UserRecord[F]> } = {};
  if (isRecord(raw) && raw.progress !== undefined) {
    const progress = unpackProgress(raw.progress);
    if (progress === undefined) return undefined;
    raw = { ...raw, progress };
  }
  if (isRecord(raw)) {
    for (const field of PACKED_FIELDS) {
      const text = raw[field];
      if (typeof text !== "string") continue;
      const value = unpackField(field, text);
      if (value === undefined) return undefined;
      (read as Record<string, unknown>)[field] = value;
    }
  }
  const parsed = parseUserRecord(raw, read);
  return parsed.problem ? undefined : parsed;
}

/** The stored record as sent: the user's, with the fields `differs` names set (null: removed). */
function withDifferences(user: unknown, differs: unknown): Record<string, unknown> | undefined {
  if (!isRecord(user) || !isRecord(differs)) return undefined;
  const stored: Record<string, unknown> = { ...user };
  for (const [field, value] of Object.entries(differs)) {
    if (!isRecordField(field)) return undefined;
    if (value === null) delete stored[field];
    else stored[field] = value;
  }
  return stored;
}

/** A DynamoDB item version: a whole number a conditional write can compare. */
function isVersion(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function noticeableParts(raw: unknown): NoticeablePart[] {
  if (!Array.isArray(raw)) return [];
  const parts: NoticeablePart[] = ["progress", "profile"];
  return parts.filter((part) => raw.includes(part));
}

const MAX_POUNDS_GOAL = 300;

function parseProfileGoal(raw: unknown): ProfileGoal | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.kind === "calories") return { kind: "calories" };
  if (raw.kind === "weeks" && isPounds(raw.pounds)) return { kind: "weeks", pounds: raw.pounds };
  return undefined;
}

function isPounds(value: unknown): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_POUNDS_GOAL
  );
}

function parseSaid(raw: unknown): Said | undefined {
  if (!isRecord(raw)) return undefined;
  const kind = REPEATABLE_ANSWERS.find((k) => k === raw.kind);
  if (kind) return { kind };
  if (raw.kind === "weeks" && isPounds(raw.pounds)) return { kind: "weeks", pounds: raw.pounds };
  if (raw.kind === "tip" && typeof raw.tipId === "string" && isTipIdOf(raw.tipId))
    return { kind: "tip", tipId: raw.tipId };
  return undefined;
}

function isTipIdOf(id: string): boolean {
  const topic = id.replace(/-\d{1,2}$/, "");
  return topic !== id && TIP_TOPICS.includes(topic as TipTopic);
}

/** Longer than any one answer can be (Alexa plays at most 240 seconds of speech). */
const MAX_ANSWER_SECONDS = 300;

/**
 * A stretch must fit its workout: the heard segments one flag per segment, seconds no more
 * than the session could hold, the last segment spoken within the session's span before now.
 */
function parseStretch(raw: unknown, nowIso: string): WorkoutStretch | undefined {
  if (!isRecord(raw) || typeof raw.workoutId !== "string") return undefined;
  const workout = findWorkout(raw.workoutId);
  if (!workout || !isRecord(raw.done)) return undefined;
  const { heard, seconds, cardioSeconds } = raw.done;
  const maxSeconds = MAX_SESSION_HOURS * 3600;
  if (typeof heard !== "string" || !isBetween(seconds, 0, maxSeconds)) return undefined;
  if (!isBetween(cardioSeconds, 0, maxSeconds)) return undefined;
  const done: WorkDone = { heard, seconds, cardioSeconds };
  if (!fitsWorkout(workout, done)) return undefined;
  const spoken = parseSpoken(raw.spoken, planFor(workout).length, nowIso);
  const end = parseEnd(raw.end);
  const cutAt =
    end && "cutAfter" in end && typeof raw.cutAt === "string" && isRecentTime(raw.cutAt, nowIso)
      ? raw.cutAt
      : undefined;
  const stretch: { -readonly [K in keyof WorkoutStretch]: WorkoutStretch[K] } = {
    workoutId: workout.id,
    done,
  };
  if (spoken) stretch.spoken = spoken;
  else {
    if (end) stretch.end = end;
    if (cutAt) stretch.cutAt = cutAt;
    if (raw.askedOnly === true) stretch.askedOnly = true;
  }
  return stretch;
}

function parseSpoken(raw: unknown, segments: number, nowIso: string): SpokenSegment | undefined {
  if (!isRecord(raw) || typeof raw.at !== "string") return undefined;
  const { index, startsAt, seconds } = raw;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= segments)
    return undefined;
  if (!isBetween(startsAt, 0, MAX_ANSWER_SECONDS) || !isBetween(seconds, 0, MAX_ANSWER_SECONDS))
    return undefined;
  if (!isRecentTime(raw.at, nowIso)) return undefined;
  const spoken = { index, at: raw.at, startsAt, seconds };
  if (raw.following === undefined) return spoken;
  const then = parseSpokenAfter(raw.following, spoken, segments);
  const variety = varietyOf(raw.variety);
  return then && variety ? { ...spoken, following: then, variety } : undefined;
}

/** More segments than a hands-free answer can hold in its 240 seconds are not ours. */
const MAX_SEGMENTS_AN_ANSWER = 24;
/** Starts are rounded to a tenth of a second: a segment may start this much before the last ends. */
const START_ROUNDING_SECONDS = 0.2;

/**
 * The segments after the first, as a hands-free answer spoke them: each starts where the one
 * before it ended, all inside the workout and inside one answer's length. Anything else is
 * not one of our answers, and the whole spoken record goes (the work already heard stays).
 */
function parseSpokenAfter(
  raw: unknown,
  first: Pick<SpokenSegment, "index" | "startsAt" | "seconds">,
  segments: number,
): SpokenAfter[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_SEGMENTS_AN_ANSWER)
    return undefined;
  if (first.index + raw.length >= segments) return undefined;
  const after: SpokenAfter[] = [];
  let end = first.startsAt + first.seconds;
  for (const item of raw as unknown[]) {
    if (!isRecord(item)) return undefined;
    const { startsAt, seconds } = item;
    if (!isBetween(startsAt, end - START_ROUNDING_SECONDS, MAX_ANSWER_SECONDS)) return undefined;
    if (!isBetween(seconds, 0, MAX_ANSWER_SECONDS - startsAt)) return undefined;
    const variety = varietyOf(item.variety);
    if (!variety) return undefined;
    after.push({ startsAt, seconds, variety });
    end = startsAt + seconds;
  }
  return after;
}

/** A variety as the record keeps one, or none. */
function varietyOf(raw: unknown): Variety | undefined {
  const problems: string[] = [];
  const variety = parseVariety(raw, problems);
  return raw !== undefined && problems.length === 0 ? variety : undefined;
}

/** A canonical ISO time within the session's span before now. */
function isRecentTime(raw: string, nowIso: string): boolean {
  const at = canonicalMs(raw);
  const now = canonicalMs(nowIso);
  if (at === undefined || now === undefined) return false;
  return at <= now && at >= now - MAX_SESSION_HOURS * 3_600_000;
}

function parseEnd(raw: unknown): SegmentEnd | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.heard === true) return { heard: true };
  if (isBetween(raw.cutAfter, 0, MAX_ANSWER_SECONDS)) return { cutAfter: raw.cutAfter };
  return undefined;
}

function isMisses(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_MISSES;
}

function isBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
}

/** Lengths a request can carry (conversation/slots.ts parses no other). */
const MAX_MINUTES = 120;
/** A plan is at most four workouts (coach/catalog/choose-workout.ts): three to follow. */
const MAX_FOLLOW_ONS = 3;

function isMinutes(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_MINUTES;
}

/** Each part of the waiting request must be one the model could have sent; else none waits. */
function parseKitQuestion(raw: unknown): KitQuestion | undefined {
  if (!isRecord(raw) || (raw.tries !== 1 && raw.tries !== 2) || !isRecord(raw.request))
    return undefined;
  const { kind, minutes, level, ...other } = raw.request;
  if (Object.keys(other).length > 0) return undefined;
  const request: { -readonly [K in keyof KitQuestion["request"]]: KitQuestion["request"][K] } = {};
  if (kind !== undefined) {
    const known = WORKOUT_KINDS.find((k) => k === kind);
    if (!known) return undefined;
    request.kind = known;
  }
  if (level !== undefined) {
    const known = LEVELS.find((l) => l === level);
    if (!known) return undefined;
    request.level = known;
  }
  if (minutes !== undefined) {
    if (!isMinutes(minutes)) return undefined;
    request.minutes = minutes;
  }
  return { request, tries: raw.tries };
}

function parseFollowOn(raw: unknown): FollowOn | undefined {
  if (!isRecord(raw) || !isMinutes(raw.minutes) || !Array.isArray(raw.workoutIds)) return undefined;
  const ids: unknown[] = raw.workoutIds;
  if (ids.length === 0 || ids.length > MAX_FOLLOW_ONS) return undefined;
  const workoutIds: string[] = [];
  for (const id of ids) {
    const workout = typeof id === "string" ? findWorkout(id) : undefined;
    if (!workout) return undefined;
    workoutIds.push(workout.id);
  }
  return { workoutIds, minutes: raw.minutes };
}

/** A week holds at most 10,080 minutes and a session a day, so a few more never fit. */
const MAX_WEEK_SESSIONS = 21;
const MAX_WEEK_MINUTES = 7 * 24 * 60;

/** A pick must name a catalog workout, or rest, with the reason of its kind; else none. */
function parseOfferedPick(raw: unknown): OfferedPick | undefined {
  if (!isRecord(raw) || !isRecord(raw.week)) return undefined;
  const said = raw.pick;
  if (!isRecord(said)) return undefined;
  const { cardio, strength, minutes } = raw.week;
  if (!isWhole(cardio, MAX_WEEK_SESSIONS) || !isWhole(strength, MAX_WEEK_SESSIONS))
    return undefined;
  if (!isWhole(minutes, MAX_WEEK_MINUTES)) return undefined;
  const week = { cardio, strength, minutes };
  const reason = PICK_REASONS.find((r) => r === said.reason);
  if (!reason) return undefined;
  const rest = reason === "weekDone" || reason === "afterHard" || reason === "doneToday";
  if (rest) return said.rest === true ? { pick: { rest: true, reason }, week } : undefined;
  const workout = typeof said.workoutId === "string" ? findWorkout(said.workoutId) : undefined;
  return workout ? { pick: { workoutId: workout.id, reason }, week } : undefined;
}

function isWhole(value: unknown, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

/** Days as the draft keeps them (each once, in week order) and a clock time, or no draft. */
function parseReminderDraft(raw: unknown): ReminderDraft | undefined {
  if (!isRecord(raw)) return undefined;
  const listed: unknown[] = Array.isArray(raw.days) ? raw.days.slice(0, 8) : [];
  const days = daysOf(listed.filter((d): d is string => typeof d === "string"));
  const inOrder = days?.length === listed.length && days.every((d, i) => d === listed[i]);
  const at = isRecord(raw.at) ? parseClock(clockOf(raw.at.hour, raw.at.minute)) : undefined;
  return { ...(days && inOrder ? { days } : {}), ...(at ? { at } : {}) };
}

/** "07:05" from whole numbers; anything else is no clock parseClock accepts. */
function clockOf(hour: unknown, minute: unknown): string | undefined {
  if (!Number.isInteger(hour) || !Number.isInteger(minute)) return undefined;
  return clockText({ hour: hour as number, minute: minute as number });
}

/**
 * Rated catalog moves, each once: no more than the catalog has, or the list is not ours.
 * (A forged list can only make the coach ask about fewer moves, or rate moves it names.)
 */
function parseRatedIds(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > EXERCISES.length) return undefined;
  const ids: unknown[] = raw;
  const known = ids.filter(
    (id): id is string => typeof id === "string" && findExercise(id) !== undefined && isRated(id),
  );
  if (known.length !== ids.length || new Set(known).size !== known.length) return undefined;
  return known;
}

/** The end-of-workout question rates moves of one catalog workout, and only its rated moves. */
function parseRatingQuestion(raw: unknown): RatingQuestion | undefined {
  if (!isRecord(raw) || typeof raw.workoutId !== "string") return undefined;
  const workout = findWorkout(raw.workoutId);
  const exerciseIds = parseRatedIds(raw.exerciseIds);
  if (!workout || !exerciseIds || exerciseIds.length === 0) return undefined;
  if (!exerciseIds.every((id) => workout.blocks.some((b) => b.exerciseId === id))) return undefined;
  return { workoutId: workout.id, exerciseIds };
}

const LOG_ID = /^[0-9a-f]{16}$/;

/**
 * Workouts held back for writing. Each must be one this session could have made: a catalog
 * workout, ended within the session's span before this request, with counts that fit it.
 * At most MAX_UNSAVED_WORKOUTS, newest kept.
 */
function parseUnsavedLog(raw: unknown, nowIso: string): LoggedWorkout[] {
  if (!Array.isArray(raw)) return [];
  const now = Date.parse(nowIso);
  const earliest = now - MAX_SESSION_HOURS * 3_600_000;
  const logged: LoggedWorkout[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.id !== "string" || !LOG_ID.test(item.id)) continue;
    if (!isRecord(item.entry)) continue;
    const entry = parseWorkoutLogEntry(item.entry);
    const workout = entry && findWorkout(entry.workoutId);
    if (!entry || !workout) continue;
    const ended = canonicalMs(entry.endedAt);
    if (ended === undefined || ended > now || ended < earliest) continue;
    if (entry.totalMoves !== workout.blocks.length || entry.moves > entry.totalMoves) continue;
    if ((entry.cardioMinutes ?? 0) > entry.minutes || (entry.strengthMoves ?? 0) > entry.moves)
      continue;
    if (entry.minutes > MAX_SESSION_HOURS * 60) continue;
    logged.push({ entry, id: item.id });
  }
  return logged.slice(-MAX_UNSAVED_WORKOUTS);
}
