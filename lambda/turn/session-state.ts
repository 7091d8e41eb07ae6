import type { WorkoutRequest } from "../coach/catalog/choose-workout";
import type { Variety } from "../coach/lines";
import type { PickWeek } from "../coach/plan/speak-pick";
import type { TodaysPick } from "../coach/plan/todays-pick";
import type { Clock, DayCode } from "../coach/reminders/schedule";
import type { SegmentEnd } from "../coach/stopped";
import type { WorkDone } from "../coach/work-done";
import type { NoticeablePart, UserRecord } from "../store/user-record";
import { changedFields, type StoredUser } from "../store/user-store";
import type { WorkoutLogEntry } from "../store/workout-log";
import { packField, packProgress } from "./packed-fields";

/**
 * The question the skill asked last, which a short answer ("yes", "no") answers. One value: the
 * table in conversation/answers.ts says what each answer to each question does.
 */
export const PENDING_QUESTIONS = [
  /** "You were on renegade rows, set two. Pick up there?" */
  "resume",
  /** "Shall we start the back fat blaster, about sixteen minutes?" */
  "start",
  /** A workout segment's closing question ("Ready for set two?"). */
  "segment",
  /** "Would you like a diet tip?" */
  "tip",
  /** "Anything else?", after an answer that needs nothing more. */
  "anythingElse",
  /** "Would you like me to work out your daily calorie target?" */
  "calories",
  /** "This deletes everything I keep about you. Are you sure?" */
  "delete",
  /** "What have you got: nothing, a band, dumbbells, or a gym?" */
  "equipment",
  /** "Shall we go straight on to dumbbell back and shoulders?" */
  "followOn",
  /** Today's pick: "...Let's get your cardio in. Shall we start the back fat blaster?" */
  "todaysPick",
  /** "Every Monday and Friday at seven a.m., Alexa reminds you... Shall I set that?" */
  "reminder",
  /** "How did that workout feel: too easy, about right, or too hard?", once a workout is over. */
  "rating",
  /** "This puts every move back to the workout's own reps... Reset your progress?" */
  "resetProgress",
] as const;
export type Pending = (typeof PENDING_QUESTIONS)[number];

/** What to answer once the profile is complete. */
export type ProfileGoal =
  | { readonly kind: "calories" }
  | { readonly kind: "weeks"; readonly pounds: number };

/** Answers that "repeat" says again, re-rendered from the state (speech is never stored). */
export const REPEATABLE_ANSWERS = [
  "launch",
  "help",
  "protein",
  "water",
  "spot-reduction",
  "stored-data",
  "workouts",
  "calories",
] as const;
export type Said =
  | { readonly kind: (typeof REPEATABLE_ANSWERS)[number] }
  | { readonly kind: "tip"; readonly tipId: string }
  | { readonly kind: "weeks"; readonly pounds: number };

/** A workout segment as the last workout answer spoke it, judged when the next request comes. */
export interface SpokenSegment {
  readonly index: number;
  /** The time of the request it answered. */
  readonly at: string;
  /** Seconds into that answer where the segment starts. */
  readonly startsAt: number;
  readonly seconds: number;
  /**
   * Hands-free: the segments after it in the same answer (index + 1, index + 2, ...), each
   * with its start in the answer and the variety before it, so a barge-in is placed in the one
   * it fell in (conversation/heard.ts). With them, the variety before this first one.
   */
  readonly following?: readonly SpokenAfter[];
  readonly variety?: Variety;
}

/** A segment a hands-free answer spoke after the first. */
export interface SpokenAfter {
  readonly startsAt: number;
  readonly seconds: number;
  readonly variety: Variety;
}

/** A workout asked for while we ask what kit the user has; `tries` counts the asking. */
export interface KitQuestion {
  readonly request: Pick<WorkoutRequest, "kind" | "minutes" | "level">;
  readonly tries: 1 | 2;
}

/** A long session's plan: the workouts still to offer, and the length the user asked for. */
export interface FollowOn {
  readonly workoutIds: readonly string[];
  readonly minutes: number;
}

/** Today's pick as offered, with the week it was decided from: what "yes" starts, what "repeat" says. */
export interface OfferedPick {
  readonly pick: TodaysPick;
  readonly week: PickWeek;
}

/** The moves an open "how did that feel?" rates: the catalog's ids, in the workout they were done in. */
export interface RatingQuestion {
  readonly workoutId: string;
  readonly exerciseIds: readonly string[];
}

/** The stretch of a workout coached in this session, logged when it ends. */
export interface WorkoutStretch {
  readonly workoutId: string;
  /** The work heard to its end in this session. */
  readonly done: WorkDone;
  /** The segment the last workout answer spoke, not yet judged. */
  readonly spoken?: SpokenSegment;
  /** How the last segment spoken ended, once judged (conversation/heard.ts). */
  readonly end?: SegmentEnd;
  /** The time of the request that cut it off, when it was cut off. */
  readonly cutAt?: string;
  /** The last workout answer only asked about the next segment (a skip): "repeat" asks again. */
  readonly askedOnly?: true;
}

/** A stretch of workout to write: its entry and the id that makes its item's key unique. */
export interface LoggedWorkout {
  readonly entry: WorkoutLogEntry;
  /** 16 hex digits derived from the request that ended the stretch (requestKeyOf in turn/turn.ts). */
  readonly id: string;
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
  /** The last answer, for "repeat" outside a workout. */
  readonly said?: Said;
  /** Workouts ended but not yet written (storage was down); written with the next save. */
  readonly unsavedLog: readonly LoggedWorkout[];
  /** The user has been told once that progress could not be saved. */
  readonly storageWarned: boolean;
  /** What the user had stored that could not be read; they hear so once, on the next answer. */
  readonly lostOnRead?: readonly NoticeablePart[];
  /** A question waiting for the profile dialog to finish. */
  readonly profileGoal?: ProfileGoal;
  readonly stretch?: WorkoutStretch;
  /** The workout waiting for the answer to "what have you got?". */
  readonly kitQuestion?: KitQuestion;
  /** What to offer when the workout under way is done, for a long session asked for. */
  readonly followOn?: FollowOn;
  /** Today's pick, once offered in this session (conversation/todays-plan.ts). */
  readonly todaysPick?: OfferedPick;
  /** Answers in a row that were not understood (the fallback's wording depends on it). */
  readonly misses?: number;
  /** A diet tip was offered in this session: it is not offered again after every answer. */
  readonly tipOffered?: true;
  /** The device's time zone, once asked for in this session. */
  readonly timeZone?: string;
  /** A workout reminder being asked for: what has been said of it so far. */
  readonly reminderDraft?: ReminderDraft;
  /** The user's data was deleted in this session: nothing may be written again. */
  readonly deleted?: boolean;
  /** Moves already asked "how was that?" in this session: never asked twice. */
  readonly asked?: readonly string[];
  /** What the open end-of-workout question rates. */
  readonly rating?: RatingQuestion;
}

/** A reminder's days and time as far as the user has said them ("remind me at seven": no days yet). */
export interface ReminderDraft {
  readonly days?: readonly DayCode[];
  readonly at?: Clock;
}

/** Misses in a row are counted this far: from the third on, the answer is the same menu. */
export const MAX_MISSES = 3;

/** The one key Back Coach keeps in session attributes; anything else a client sends is dropped. */
export const STATE_KEY = "backCoach";

/** A session's state before anything was said: the user as read from storage. */
export function freshState(stored: StoredUser, user: UserRecord = stored.record): SessionState {
  return {
    user,
    stored,
    unsavedLog: [],
    storageWarned: false,
    ...(stored.repaired ? { lostOnRead: stored.repaired } : {}),
  };
}

/**
 * The state as session attributes. The record's large fields travel as text (packed-fields.ts).
 * Most turns the user's record is exactly what storage holds (just read, or just saved), so the
 * stored copy is left out; otherwise only the fields where it differs are sent (`differs`,
 * null for a field storage does not have), not the whole record twice.
 */
export function sessionAttributesOf(state: SessionState): Record<string, unknown> {
  // Every field of StoredUser but the record (user-store.ts): a new one must be added here too.
  const { record, version, positionVersion, repaired, damaged } = state.stored;
  const stored: Record<string, unknown> = { version };
  if (positionVersion !== undefined) stored.positionVersion = positionVersion;
  if (repaired) stored.repaired = repaired;
  if (damaged) stored.damaged = damaged;
  if (record !== state.user) {
    const differs = differencesOf(record, state.user);
    if (Object.keys(differs).length > 0) stored.differs = differs;
  }
  return { [STATE_KEY]: { ...state, user: packedRecord(state.user), stored } };
}

/** The record with its packed fields as text. */
function packedRecord(record: UserRecord): Record<string, unknown> {
  const sent: Record<string, unknown> = { ...record };
  if (record.progression) sent.progression = packField("progression", record.progression);
  if (record.progress) sent.progress = packProgress(record.progress);
  sent.tips = packField("tips", record.tips);
  return sent;
}

/** What `stored` has where it differs from `user`, as sent: null where it has nothing. */
function differencesOf(stored: UserRecord, user: UserRecord): Record<string, unknown> {
  const differs: Record<string, unknown> = {};
  for (const field of changedFields(stored, user)) {
    const value = stored[field];
    differs[field] =
      value === undefined
        ? null
        : field === "progression" && stored.progression
          ? packField("progression", stored.progression)
          : field === "tips"
            ? packField("tips", stored.tips)
            : field === "progress" && stored.progress
              ? packProgress(stored.progress)
              : value;
  }
  return differs;
}
