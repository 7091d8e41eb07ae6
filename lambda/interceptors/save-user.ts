import type { ResponseInterceptor } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { SpeechBuilder } from "../coach";
import { LINES } from "../conversation/lines";
import { readState, setState } from "../conversation/session-state";
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

/** Puts the storage warning before what the response says; false if it says nothing. */
function warnInSpeech(response: Response | undefined): boolean {
  const speech = response?.outputSpeech;
  if (speech?.type !== "SSML") return false;
  const warning = new SpeechBuilder().say(LINES.storageWarning).build().ssml;
  speech.ssml = `${warning.replace(/<\/speak>$/, "")} ${speech.ssml.replace(/^<speak>/, "")}`;
  return true;
}
