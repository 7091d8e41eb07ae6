import type { RequestInterceptor } from "ask-sdk-core";
import { pauseWorkout } from "../coach";
import { readState, setState } from "../conversation/session-state";
import type { Logger } from "../logger";
import { NEW_USER, type UserRecord } from "../store/user-record";
import type { StoredUser, UserStore } from "../store/user-store";
import type { Telemetry } from "../telemetry";
import { userIdOf } from "./user-id";

/**
 * Reads the user once per session into session attributes. If storage is down, the session
 * starts from a new user's state; the first save then merges with whatever is stored, so
 * nothing stored is lost.
 */
export function loadUserInterceptor(
  store: UserStore,
  logger: Logger,
  telemetry: Telemetry,
): RequestInterceptor {
  return {
    async process(h) {
      // Skill events carry no session and need no user record.
      if (h.requestEnvelope.request.type.startsWith("AlexaSkillEvent.")) return;
      if (readState(h)) return;
      const userId = userIdOf(h.requestEnvelope);
      let stored: StoredUser = { record: NEW_USER, version: 0 };
      if (userId) {
        try {
          stored = await store.load(userId);
        } catch (error) {
          logger.warn("Could not read user; starting from defaults", { userId, error });
          telemetry.count("StorageErrors");
        }
      }
      setState(h, {
        user: pausedIfActive(stored.record),
        stored,
        unsavedLog: [],
        storageWarned: false,
        ...(stored.repaired ? { lostOnRead: stored.repaired } : {}),
      });
    },
  };
}

/**
 * A workout still marked active when a new session starts was left without a goodbye (the
 * session-ended save failed): it is paused, so "resume" replays where the user was rather
 * than skipping ahead.
 */
function pausedIfActive(record: UserRecord): UserRecord {
  return record.progress?.status === "active"
    ? { ...record, progress: pauseWorkout(record.progress) }
    : record;
}
