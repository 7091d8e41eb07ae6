import type { WorkoutProgress } from "../coach/position";
import { isOpen, type Part, type Reply, tell } from "../conversation/reply";
import type { SkillContext } from "../handlers/handler";
import { voice } from "../i18n/voice";
import { sameJson } from "../same-json";
import type { NoticeablePart } from "../store/user-record";
import { changedFields, type StoredUser } from "../store/user-store";
import type { SessionState } from "./session-state";
import type { Turn } from "./turn";

/** After the save: the state to keep, and what the user must hear about storage. */
export interface Saved {
  readonly state: SessionState;
  /** Said before the reply. */
  readonly notices: readonly Part[];
  /** Said instead of a reply that promised the place is kept, when it could not be saved. */
  readonly instead?: Reply;
}

/**
 * Writes what this turn changed, once, before the response is rendered: logged workouts, then
 * the user record (conditional on the version read; merged if another device wrote first).
 * If storage fails, the workout goes on from session state, the user hears about it once,
 * and the next successful save catches up. A stored record that could not be fully read is
 * explained on the first answer that speaks and rewritten clean.
 */
export function saveTurn(
  turn: Turn,
  state: SessionState,
  reply: Reply,
  context: SkillContext,
): Saved | Promise<Saved> {
  const userId = turn.userId;
  if (!userId || !turn.inSession || state.deleted) return { state, notices: [] };
  const v = voice(turn.locale);
  const speaks = reply.speech.length > 0;
  const notices: Part[] = [];
  let kept = state;
  if (kept.lostOnRead && speaks) {
    const lost: Readonly<Record<NoticeablePart, string>> = {
      progress: v.say("skill.lostProgress"),
      profile: v.say("skill.lostProfile"),
    };
    notices.push(...kept.lostOnRead.map((part) => lost[part]));
    const { lostOnRead: _told, ...rest } = kept;
    kept = rest;
  }
  // Most turns change nothing durable: they answer without waiting on anything.
  if (!mustWriteNow(kept, !isOpen(reply))) return { state: kept, notices };
  return write(turn, userId, kept, reply, notices, context);
}

async function write(
  turn: Turn,
  userId: string,
  kept: SessionState,
  reply: Reply,
  notices: Part[],
  { store, logger, telemetry }: SkillContext,
): Promise<Saved> {
  const v = voice(turn.locale);
  const speaks = reply.speech.length > 0;
  try {
    for (const { entry, id } of kept.unsavedLog) await store.logWorkout(userId, entry, id);
    const stored = await store.save(userId, baseToWrite(kept), kept.user);
    // Saved again: should storage fail later, the user hears about it again.
    const saved = { ...kept, stored, user: stored.record, unsavedLog: [], storageWarned: false };
    return { state: saved, notices };
  } catch (error) {
    logger.error("Could not save user", { userId, error });
    telemetry.count("StorageErrors");
    // A goodbye that promised to keep the place says, instead, where we will pick up.
    if (reply.keepsPlace)
      return { state: kept, notices, instead: tell(v.say("skill.placeNotSaved")) };
    if (kept.storageWarned || !speaks) return { state: kept, notices };
    return {
      state: { ...kept, storageWarned: true },
      notices: [v.say("skill.storageWarning"), ...notices],
    };
  }
}

/**
 * The fields whose loss would cost the user something real: where they are in a workout, their
 * profile, the kit they told us of (asked again otherwise), the pace they asked for, how each
 * move felt and when to ask it, hands-free or not (and workouts done, in the log). Everything else in the record (the health note
 * heard, which lines and tips were heard) is written with the next such change or when the
 * session ends, so a session's first answer (and a new user's cold start) needs no write.
 */
const DURABLE_FIELDS = [
  "progress",
  "profile",
  "equipment",
  "pace",
  "progression",
  "feedbackTiming",
  "handsFree",
] as const;

function mustWriteNow(state: SessionState, ending: boolean): boolean {
  const stored = unrepairedUntilTold(state);
  if (state.unsavedLog.length > 0 || stored.repaired || stored.damaged) return true;
  if (ending) return true;
  const now = state.user;
  const before = state.stored.record;
  return DURABLE_FIELDS.some((field) =>
    field === "progress"
      ? !sameJson(now.progress, before.progress) && !isResumedInPlace(now.progress, before.progress)
      : !sameJson(now[field], before[field]),
  );
}

/**
 * A paused workout taken up again where it stopped is not a new place yet: storage already
 * says where to pick up (the segment, and where in it), which stays true until the resumed
 * segment has been heard. The position is written when it moves on, on a pause or a stop, or
 * as the session ends, so a returning user's "resume" is a read and no write.
 */
function isResumedInPlace(now?: WorkoutProgress, stored?: WorkoutProgress): boolean {
  return (
    now?.status === "active" &&
    stored?.status === "paused" &&
    now.workoutId === stored.workoutId &&
    now.segmentIndex === stored.segmentIndex &&
    now.movesDone === stored.movesDone &&
    sameJson(now.tuning, stored.tuning)
  );
}

/**
 * What is stored, as far as deciding to write goes: a damaged record is rewritten clean only
 * once the user has heard what was lost (a turn with nothing to say cannot tell them); until
 * then only a real change writes.
 */
function unrepairedUntilTold(state: SessionState): StoredUser {
  if (!state.lostOnRead) return state.stored;
  const { repaired: _notYet, damaged: _notYetEither, ...stored } = state.stored;
  return stored;
}

/**
 * What to write over. A real change before the user was told still writes the record whole
 * (the damage flags kept): over a base without them the store would send only the changed
 * fields, leaving the damage stored while the session, holding the saved record, no longer
 * knows it is there.
 */
function baseToWrite(state: SessionState): StoredUser {
  const stored = unrepairedUntilTold(state);
  if (stored === state.stored || changedFields(stored.record, state.user).length === 0)
    return stored;
  return state.stored;
}
