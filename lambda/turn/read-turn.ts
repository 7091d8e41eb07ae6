import type { HandlerInput, RequestInterceptor } from "ask-sdk-core";
import { isRecord } from "../is-record";
import { loadOnce } from "../load-once";
import type { Logger } from "../logger";
import { NEW_USER, type UserRecord } from "../store/user-record";
import type { StoredUser, UserStore } from "../store/user-store";
import type { Telemetry } from "../telemetry";
import { type ApiEndpointCheck, alexaApiOnly } from "./api-endpoint";
import { sentStateOf } from "./sent-state";
import { freshState, type SessionState } from "./session-state";
import { parseRequest, type Turn } from "./turn";

const TURN_KEY = "backCoachTurn";

/** Reading a session's attributes loads with the first request that sends some: a session's first has none. */
const stateReader = loadOnce(() => import("./state-from-session"));

/**
 * Builds the turn once per request: the request parsed, then the session's state from the
 * attributes, or (first turn of a session, or attributes that do not parse) the user read from
 * storage. If storage is down, the session starts from a new user's state; the first save then
 * merges with whatever is stored, so nothing stored is lost.
 */

export function readTurnInterceptor(
  store: UserStore,
  logger: Logger,
  telemetry: Telemetry,
  trustedApi: ApiEndpointCheck = alexaApiOnly,
): RequestInterceptor {
  return {
    async process(h) {
      const request = withTrustedApi(parseRequest(h.requestEnvelope), trustedApi, logger);
      const sent = sentStateOf(h.requestEnvelope);
      const fromSession =
        sent === undefined
          ? undefined
          : (stateReader.loaded ?? (await stateReader())).stateFromSession(sent, request.time);
      let state: SessionState;
      if (fromSession) state = fromSession;
      else if (!request.inSession || !request.userId) state = freshState(NEW_STORED);
      else {
        const stored = await loadUser(store, request.userId, logger, telemetry);
        state = freshState(stored, await pausedIfActive(stored.record));
      }
      // parseRequest made the object for this request alone: the state goes on it, then it is frozen.
      const turn: Turn = Object.freeze(Object.assign(request, { state }));
      h.attributesManager.setRequestAttributes({ [TURN_KEY]: turn });
    },
  };
}

/**
 * The request without its API endpoint when that is not Alexa's (api-endpoint.ts): the skill
 * then answers as on a device without the APIs (UTC, no reminders), and never calls it.
 */
function withTrustedApi(
  request: Omit<Turn, "state">,
  trustedApi: ApiEndpointCheck,
  logger: Logger,
): Omit<Turn, "state"> {
  if (!request.api || trustedApi(request.api.endpoint)) return request;
  logger.warn("Ignored an API endpoint that is not Alexa's", { userId: request.userId });
  const { api: _ignored, ...rest } = request;
  return rest;
}

/** The turn of this request; the interceptor guarantees it before any handler runs. */
export function turnOf(h: HandlerInput): Turn | undefined {
  const turn = h.attributesManager.getRequestAttributes()[TURN_KEY];
  return isRecord(turn) ? (turn as unknown as Turn) : undefined;
}

const NEW_STORED: StoredUser = { record: NEW_USER, version: 0 };

async function loadUser(
  store: UserStore,
  userId: string,
  logger: Logger,
  telemetry: Telemetry,
): Promise<StoredUser> {
  try {
    return await store.load(userId);
  } catch (error) {
    logger.warn("Could not read user; starting from defaults", { userId, error });
    telemetry.count("StorageErrors");
    return NEW_STORED;
  }
}

/**
 * A workout still marked active when a new session starts was left without a goodbye (the
 * session-ended save failed): it is paused with no way to tell whether its last segment was
 * heard, so "resume" replays that segment rather than skipping ahead.
 */
async function pausedIfActive(record: UserRecord): Promise<UserRecord> {
  if (record.progress?.status !== "active") return record;
  const { pauseWorkout } = await import("../coach/stopped");
  return { ...record, progress: pauseWorkout(record.progress) };
}
