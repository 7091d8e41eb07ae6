import { cancelAll } from "../conversation/reminders-api";
import { ask, SILENT } from "../conversation/reply";
import { voice } from "../i18n/voice";
import type { Handler } from "./handler";

/** "Delete my data" / "forget me": asks first; nothing is removed without a yes. */
export const deleteData: Handler = {
  intents: ["DeleteDataIntent"],
  handle: (turn) => {
    const v = voice(turn.locale);
    return {
      state: turn.state,
      reply: ask(v.say("skill.confirmDelete"), v.say("skill.deleteReprompt"), "delete"),
    };
  },
};

/**
 * The user disabled the skill (AlexaSkillEvent.SkillDisabled): delete everything of theirs.
 * Their workout reminders are cancelled first, with the event's own API token, as far as the
 * Reminders API still lets us (a disabled skill's permission may already be gone; a problem
 * is logged, never a reason to keep their data). A storage failure is thrown, so the event is
 * reported as failed rather than silently dropped.
 */
export const skillDisabled: Handler = {
  requests: ["AlexaSkillEvent.SkillDisabled"],
  async handle(turn, { store, logger, reminders }) {
    if (turn.api) {
      const cancelled = await cancelAll(reminders, turn.api);
      logger.info("Reminders cancelled: skill disabled", {
        userId: turn.userId,
        ...(cancelled.ok ? cancelled.value : { problem: cancelled.problem }),
      });
    }
    if (turn.userId) {
      const items = await store.deleteUser(turn.userId);
      logger.info("User data deleted: skill disabled", { userId: turn.userId, items });
    }
    return { state: turn.state, reply: SILENT };
  },
};
