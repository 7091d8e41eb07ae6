import type { ResponseInterceptor } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { SpeechBuilder } from "../coach";
import { LINES } from "../conversation/lines";
import { readState, type SessionState, setState } from "../conversation/session-state";
import type { Logger } from "../logger";
import type { UserStore } from "../store/user-store";
import type { Telemetry } from "../telemetry";
import { userIdOf } from "./user-id";

/**
 * Writes what this turn changed, once, after the response is decided: logged workouts, then
 * the user record (conditional on the version read; merged if another device wrote first).
 * If storage fails, the workout goes on from session state, the user hears about it once,
 * and the next successful save catches up.
 */
export function saveUserInterceptor(
  store: UserStore,
  logger: Logger,
  telemetry: Telemetry,
): ResponseInterceptor {
  return {
    async process(h, response) {
      const state = readState(h);
      const userId = userIdOf(h.requestEnvelope);
      if (!state || !userId || state.deleted) return;
      if (!mustWriteNow(state, h.requestEnvelope.request.type, response)) return;
      try {
        for (const { entry, requestId } of state.unsavedLog) {
          await store.logWorkout(userId, entry, requestId);
        }
        const stored = await store.save(userId, state.stored, state.user);
        setState(h, { ...state, stored, user: stored.record, unsavedLog: [] });
      } catch (error) {
        logger.error("Could not save user", { userId, error });
        telemetry.count("StorageErrors");
        if (!state.storageWarned && warnInSpeech(response))
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
  if (state.unsavedLog.length > 0) return true;
  const ending = requestType === "SessionEndedRequest" || response?.shouldEndSession !== false;
  if (ending) return true;
  return DURABLE_FIELDS.some(
    (field) => JSON.stringify(state.user[field]) !== JSON.stringify(state.stored.record[field]),
  );
}

/** Puts the storage warning before what the response says; false if it says nothing. */
function warnInSpeech(response: Response | undefined): boolean {
  const speech = response?.outputSpeech;
  if (speech?.type !== "SSML") return false;
  const warning = new SpeechBuilder().say(LINES.storageWarning).build().ssml;
  speech.ssml = `${warning.replace(/<\/speak>$/, "")} ${speech.ssml.replace(/^<speak>/, "")}`;
  return true;
}
