import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { LINES } from "../conversation/lines";
import { isIntent, isRequest } from "../conversation/requests";
import { ask, tell } from "../conversation/respond";
import { readState, updateState } from "../conversation/session-state";
import { userIdOf } from "../interceptors/user-id";
import type { Logger } from "../logger";
import type { UserStore } from "../store/user-store";

/** "Delete my data" / "forget me": asks first; nothing is removed without a yes. */
export const DeleteDataHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "DeleteDataIntent"),
  handle: (h) => ask(h, LINES.confirmDelete, LINES.deleteReprompt, "delete"),
};

const confirming = (h: HandlerInput) => readState(h)?.pending === "delete";

/** "Yes" to the delete question: every item of the user goes; the next launch is a first one. */
export function confirmDeleteHandler(store: UserStore, logger: Logger): RequestHandler {
  return {
    canHandle: (h) => isIntent(h, "AMAZON.YesIntent") && confirming(h),
    async handle(h): Promise<Response> {
      const userId = userIdOf(h.requestEnvelope);
      try {
        const items = userId ? await store.deleteUser(userId) : 0;
        logger.info("User data deleted on request", { userId, items });
      } catch (error) {
        logger.error("Could not delete user data", { userId, error });
        return tell(h, LINES.deleteFailed);
      }
      updateState(h, (state) => ({ ...state, deleted: true }));
      return tell(h, LINES.deleted);
    },
  };
}

/** "No" to the delete question. */
export const KeepDataHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.NoIntent") && confirming(h),
  handle: (h) => ask(h, `${LINES.keptData} ${LINES.whatWouldYouLike}`, LINES.whatWouldYouLike),
};

/**
 * The user disabled the skill (AlexaSkillEvent.SkillDisabled): delete everything of theirs.
 * A failure is thrown, so the event is reported as failed rather than silently dropped.
 */
export function skillDisabledHandler(store: UserStore, logger: Logger): RequestHandler {
  return {
    canHandle: (h) => isRequest(h, "AlexaSkillEvent.SkillDisabled"),
    async handle(h): Promise<Response> {
      const userId = userIdOf(h.requestEnvelope);
      if (userId) {
        const items = await store.deleteUser(userId);
        logger.info("User data deleted: skill disabled", { userId, items });
      }
      return h.responseBuilder.getResponse();
    },
  };
}
