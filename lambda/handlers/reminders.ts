import { describeSchedule, spokenList } from "../coach/reminders/speak-reminders";
import { help, offerNext } from "../conversation/moves";
import {
  permissionAnswered,
  refusal,
  reminderAsked,
  withoutDraft,
} from "../conversation/reminder-dialog";
import { cancelAll } from "../conversation/reminders-api";
import type { Outcome } from "../conversation/reply";
import { voice } from "../i18n/voice";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

/** "Remind me to work out Monday, Wednesday and Friday at 7 am", and each answer of its dialog. */
export const setReminderHandler: Handler = {
  intents: ["SetReminderIntent"],
  handle: (turn) => reminderAsked(turn, turn.state),
};

/** Without Alexa's API (the local console) nothing can be listed or cancelled: said plainly. */
function noDevice(turn: Turn): Outcome {
  const v = voice(turn.locale);
  return {
    state: turn.state,
    reply: offerNext(turn, turn.state, "anything", v.say("reminders.noDevice")),
  };
}

/** "What reminders do I have?": this skill's reminders still to ring, read back. */
export const listReminders: Handler = {
  intents: ["ListRemindersIntent"],
  async handle(turn, { reminders }) {
    if (!turn.api) return noDevice(turn);
    const v = voice(turn.locale);
    const listed = await reminders.list(turn.api);
    if (!listed.ok) return { state: turn.state, reply: refusal(turn, turn.state, listed.problem) };
    const active = listed.value.filter((r) => r.active);
    const described = active.map((r) =>
      r.schedule ? describeSchedule(v, r.schedule) : v.say("reminders.unreadable"),
    );
    const words =
      active.length === 0
        ? v.say("reminders.none")
        : active.length === 1
          ? v.say("reminders.listOne", { list: spokenList(v, described) })
          : v.say("reminders.listMany", {
              count: v.number(Math.min(active.length, 9999)),
              list: spokenList(v, described),
            });
    return { state: turn.state, reply: offerNext(turn, turn.state, "anything", words) };
  },
};

/** "Cancel my reminders": every reminder this skill set for the user goes. */
export const cancelReminders: Handler = {
  intents: ["CancelRemindersIntent"],
  async handle(turn, { reminders, logger }) {
    if (!turn.api) return noDevice(turn);
    const v = voice(turn.locale);
    const state = withoutDraft(turn.state);
    const result = await cancelAll(reminders, turn.api);
    if (!result.ok) return { state, reply: refusal(turn, state, result.problem) };
    const { found, cancelled } = result.value;
    logger.info("Reminders cancelled", { userId: turn.userId, found, cancelled });
    const words =
      found === 0
        ? v.say("reminders.nothingToCancel")
        : cancelled < found
          ? v.say("reminders.cancelledPartly")
          : found === 1
            ? v.say("reminders.cancelledOne")
            : v.say("reminders.cancelledMany", { count: v.number(Math.min(found, 9999)) });
    return { state, reply: offerNext(turn, state, "anything", words) };
  },
};

/**
 * The answer to a Connections.SendRequest: the reminders permission asked for by voice
 * ("AskFor"); any other task's result goes back to the conversation, with help for where the
 * user is.
 */
export const connectionsResponse: Handler = {
  requests: ["Connections.Response"],
  handle: (turn, context) =>
    turn.connection?.name === "AskFor"
      ? permissionAnswered(turn, turn.state, context)
      : { state: turn.state, reply: help(turn, turn.state) },
};
