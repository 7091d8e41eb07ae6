import type { ResponseInterceptor } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { SpeechBuilder } from "../coach";
import { LINES } from "../conversation/lines";
import { readState, type SessionState, setState } from "../conversation/session-state";
import type { Logger } from "../logger";
import type { NoticeablePart } from "../store/user-record";
import type { StoredUser, UserStore } from "../store/user-store";
import type { Telemetry } from "../telemetry";
import { userIdOf } from "./user-id";

/**
 * Writes what this turn changed, once, after the response is decided: logged workouts, then
 * the user record (conditional on the version read; merged if another device wrote first).
 * If storage fails, the workout goes on from session state, the user hears about it once,
 * and the next successful save catches up. A stored record that could not be fully read is
 * explained on the first answer and rewritten clean.
 */
export function saveUserInterceptor(
  store: UserStore,
  logger: Logger,
  telemetry: Telemetry,
): ResponseInterceptor {
  return {
    async process(h, response) {
      const read = readState(h);
      const userId = userIdOf(h.requestEnvelope);
      if (!read || !userId || read.deleted) return;
      const state = read.lostOnRead ? explainLost(read, response) : read;
      if (state !== read) setState(h, state);
      if (!mustWriteNow(state, h.requestEnvelope.request.type, response)) return;
      try {
        for (const { entry, requestId } of state.unsavedLog) {
          await store.logWorkout(userId, entry, requestId);
        }
        const stored = await store.save(userId, unrepairedUntilTold(state), state.user);
        setState(h, { ...state, stored, user: stored.record, unsavedLog: [] });
      } catch (error) {
        logger.error("Could not save user", { userId, error });
        telemetry.count("StorageErrors");
        if (!state.storageWarned && prependToSpeech(response, LINES.storageWarning))
          setState(h, { ...state, storageWarned: true });
      }
    },
  };
}

/**
 * The fields whose loss would cost the user something real: where they are in a workout, their
 * profile, and workouts done. Everything else in the record (the health note heard, which
 * lines and tips were heard) is written with the next such change or when the session ends,
 * so a session's first answer (and a new user's cold start) needs no write at all.
 */
const DURABLE_FIELDS = ["progress", "profile"] as const;

function mustWriteNow(
  state: SessionState,
  requestType: string,
  response: Response | undefined,
): boolean {
  if (state.unsavedLog.length > 0 || unrepairedUntilTold(state).repaired) return true;
  const ending = requestType === "SessionEndedRequest" || response?.shouldEndSession !== false;
  if (ending) return true;
  return DURABLE_FIELDS.some(
    (field) => JSON.stringify(state.user[field]) !== JSON.stringify(state.stored.record[field]),
  );
}

/**
 * What to write over: a damaged record is rewritten clean only once the user has heard what
 * was lost (a turn with nothing to say cannot tell them); until then only a real change writes.
 */
function unrepairedUntilTold(state: SessionState): StoredUser {
  if (!state.lostOnRead) return state.stored;
  const { repaired: _notYet, ...stored } = state.stored;
  return stored;
}

const LOST_ON_READ: Readonly<Record<NoticeablePart, string>> = {
  progress: LINES.lostProgress,
  profile: LINES.lostProfile,
};

/** Says once what could not be read from storage; returns the state without the reminder. */
function explainLost(state: SessionState, response: Response | undefined): SessionState {
  const { lostOnRead = [], ...rest } = state;
  const said = prependToSpeech(response, lostOnRead.map((part) => LOST_ON_READ[part]).join(" "));
  return said ? rest : state;
}

/** Puts `text` before what the response says; false if it says nothing. */
function prependToSpeech(response: Response | undefined, text: string): boolean {
  const speech = response?.outputSpeech;
  if (speech?.type !== "SSML") return false;
  const before = new SpeechBuilder().say(text).build().ssml;
  speech.ssml = `${before.replace(/<\/speak>$/, "")} ${speech.ssml.replace(/^<speak>/, "")}`;
  return true;
}
