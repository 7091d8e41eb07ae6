import type { HandlerInput } from "ask-sdk-core";
import { type NoticeablePart, parseUserRecord, type UserRecord } from "../store/user-record";
import type { StoredUser } from "../store/user-store";
import type { WorkoutLogEntry } from "../store/workout-log";

/** What a plain "yes" or "no" answers right now. */
export type Pending =
  /** "You were on renegade rows, set two. Pick up there?" */
  | "resume"
  /** "Ready for the fifteen-minute back fat blaster?" */
  | "start"
  /** A workout segment's closing question ("Ready for set two?"). */
  | "segment"
  /** "Would you like a diet tip?" */
  | "tip"
  /** "Would you like your daily calorie target?" */
  | "calories"
  /** "This deletes everything I keep about you. Are you sure?" */
  | "delete";

/** What to answer once the profile is complete. */
export type ProfileGoal =
  | { readonly kind: "calories" }
  | { readonly kind: "weeks"; readonly pounds: number };

/** The stretch of a workout coached in this session, logged when it ends. */
export interface WorkoutStretch {
  readonly workoutId: string;
  readonly fromSegment: number;
}

export interface LoggedWorkout {
  readonly entry: WorkoutLogEntry;
  readonly requestId: string;
}

/**
 * Everything the skill keeps for one session, in Alexa's session attributes. The user is read
 * once per session into `user`; `stored` is what storage holds as far as we know, so the save
 * at the end of a turn writes only what changed, conditional on the version read.
 */
export interface SessionState {
  readonly user: UserRecord;
  readonly stored: StoredUser;
  readonly pending?: Pending;
  /** Workouts finished but not yet written (storage was down); written with the next save. */
  readonly unsavedLog: readonly LoggedWorkout[];
  /** The user has been told once that progress could not be saved. */
  readonly storageWarned: boolean;
  /** What the user had stored that could not be read; they hear so once, on the next answer. */
  readonly lostOnRead?: readonly NoticeablePart[];
  /** The last thing said, for "repeat" outside a workout. */
  readonly lastSpeech?: { readonly ssml: string; readonly reprompt: string };
  /** A question waiting for the profile dialog to finish. */
  readonly profileGoal?: ProfileGoal;
  readonly stretch?: WorkoutStretch;
  /** The device's time zone, once asked for in this session. */
  readonly timeZone?: string;
  /** The user's data was deleted in this session: nothing may be written again. */
  readonly deleted?: boolean;
}

const KEY = "backCoach";
const PENDING: readonly Pending[] = ["resume", "start", "segment", "tip", "calories", "delete"];

/** The session's state, or undefined when there is none yet (or it is unreadable). */
export function readState(h: HandlerInput): SessionState | undefined {
  // Skill events arrive without a session, and so without session attributes.
  if (!h.requestEnvelope.session) return undefined;
  return parseSessionState(h.attributesManager.getSessionAttributes()[KEY]);
}

/** The session's state; the load-user interceptor guarantees it for every request with a user. */
export function getState(h: HandlerInput): SessionState {
  const state = readState(h);
  if (!state) throw new Error("Session state missing: the load-user interceptor did not run");
  return state;
}

export function setState(h: HandlerInput, state: SessionState): void {
  h.attributesManager.setSessionAttributes({
    ...h.attributesManager.getSessionAttributes(),
    [KEY]: state,
  });
}

export function updateState(
  h: HandlerInput,
  change: (state: SessionState) => SessionState,
): SessionState {
  const next = change(getState(h));
  setState(h, next);
  return next;
}

/**
 * Session attributes come back from the device, so they are parsed like any input. Anything
 * unreadable means "no state": the user is read again from storage.
 */
export function parseSessionState(raw: unknown): SessionState | undefined {
  if (!isObject(raw) || !isObject(raw.stored) || typeof raw.stored.version !== "number")
    return undefined;
  const user = parseUserRecord(raw.user);
  const stored = parseUserRecord(raw.stored.record);
  if (user.problem || stored.problem) return undefined;
  const pending = PENDING.find((p) => p === raw.pending);
  const lastSpeech =
    isObject(raw.lastSpeech) &&
    typeof raw.lastSpeech.ssml === "string" &&
    typeof raw.lastSpeech.reprompt === "string"
      ? { ssml: raw.lastSpeech.ssml, reprompt: raw.lastSpeech.reprompt }
      : undefined;
  const profileGoal = parseProfileGoal(raw.profileGoal);
  const repaired = noticeableParts(raw.stored.repaired);
  const lostOnRead = noticeableParts(raw.lostOnRead);
  const stretch =
    isObject(raw.stretch) &&
    typeof raw.stretch.workoutId === "string" &&
    typeof raw.stretch.fromSegment === "number"
      ? { workoutId: raw.stretch.workoutId, fromSegment: raw.stretch.fromSegment }
      : undefined;
  return {
    user: user.record,
    stored: {
      record: stored.record,
      version: raw.stored.version,
      ...(repaired.length > 0 ? { repaired } : {}),
    },
    ...(lostOnRead.length > 0 ? { lostOnRead } : {}),
    ...(pending ? { pending } : {}),
    ...(profileGoal ? { profileGoal } : {}),
    ...(stretch ? { stretch } : {}),
    ...(typeof raw.timeZone === "string" ? { timeZone: raw.timeZone } : {}),
    ...(raw.deleted === true ? { deleted: true } : {}),
    unsavedLog: Array.isArray(raw.unsavedLog) ? raw.unsavedLog.filter(isLoggedWorkout) : [],
    storageWarned: raw.storageWarned === true,
    ...(lastSpeech ? { lastSpeech } : {}),
  };
}

function noticeableParts(raw: unknown): NoticeablePart[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((part): part is NoticeablePart => part === "progress" || part === "profile");
}

function parseProfileGoal(raw: unknown): ProfileGoal | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.kind === "calories") return { kind: "calories" };
  if (raw.kind === "weeks" && typeof raw.pounds === "number" && raw.pounds > 0) {
    return { kind: "weeks", pounds: raw.pounds };
  }
  return undefined;
}

function isLoggedWorkout(value: unknown): value is LoggedWorkout {
  return (
    isObject(value) &&
    typeof value.requestId === "string" &&
    isObject(value.entry) &&
    typeof value.entry.workoutId === "string" &&
    typeof value.entry.endedAt === "string"
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
