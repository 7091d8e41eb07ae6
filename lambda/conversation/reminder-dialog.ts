import {
  clockText,
  daysOf,
  parseClock,
  parseScheduleToken,
  type ReminderSchedule,
  scheduleToken,
} from "../coach/reminders/schedule";
import { describeSchedule } from "../coach/reminders/speak-reminders";
import type { SkillContext } from "../handlers/handler";
import { voice } from "../i18n/voice";
import type { ReminderDraft, SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { offerNext } from "./moves";
import { reminderRequest } from "./reminder-request";
import { REMINDERS_SCOPE, type RemindersProblem } from "./reminders-api";
import { askForSlot, type Outcome, type Reply } from "./reply";
import { resolvedId, slotText } from "./slots";

/**
 * Setting a workout reminder, as a dialog: the days and the time are collected (whatever was
 * said first), read back as a question ("Every Monday and Friday at seven a.m., ... Shall I
 * set that?"), and set only after a yes, as Alexa's reminder guidelines ask. Without the
 * permission, Alexa asks for it by voice, and its answer (Connections.Response) sets the
 * reminder agreed to.
 */

export const REMINDER_INTENT = "SetReminderIntent";
/** Up to four days in one sentence ("Monday, Tuesday, Thursday and Saturday"). */
export const DAY_SLOTS = ["dayOne", "dayTwo", "dayThree", "dayFour"] as const;
export const REMINDER_SLOTS = [...DAY_SLOTS, "time"] as const;

/** The schedule a draft makes, once it has both days and a time. */
export function scheduleOf(draft: ReminderDraft | undefined): ReminderSchedule | undefined {
  return draft?.days && draft.at ? { days: draft.days, at: draft.at } : undefined;
}

/** "Remind me to work out Monday and Friday at 7 am", or any part of it, or an answer to the dialog. */
export function reminderAsked(turn: Turn, state: SessionState): Outcome {
  const v = voice(turn.locale);
  const before = state.reminderDraft ?? {};
  const saidDays = DAY_SLOTS.some((slot) => slotText(turn, slot) !== undefined);
  const days = daysOf(DAY_SLOTS.map((slot) => resolvedId(turn, slot)));
  const saidTime = slotText(turn, "time");
  const at = parseClock(saidTime);
  const draft: ReminderDraft = {
    ...before,
    ...(days ? { days } : {}),
    ...(at ? { at } : {}),
  };
  const next = { ...state, reminderDraft: draft };
  if (saidDays && !days)
    return { state: next, reply: askFor(turn, "dayOne", v.say("reminders.badDays")) };
  if (saidTime !== undefined && !at)
    return { state: next, reply: askFor(turn, "time", v.say("reminders.badTime")) };
  if (!draft.days) return { state: next, reply: askFor(turn, "dayOne") };
  if (!draft.at) return { state: next, reply: askFor(turn, "time") };
  const schedule = { days: draft.days, at: draft.at };
  const described = describeSchedule(v, schedule);
  // The console (or any request without Alexa's API) cannot set one: said before asking.
  if (!turn.api) {
    const { reminderDraft: _none, ...rest } = next;
    return {
      state: rest,
      reply: offerNext(
        turn,
        rest,
        "anything",
        v.say("reminders.needsDevice", { schedule: described }),
      ),
    };
  }
  const question = v.say("reminders.confirm", { schedule: capitalized(described) });
  return {
    state: next,
    reply: {
      speech: [question],
      reprompt: [v.say("reminders.confirmReprompt")],
      pending: "reminder",
    },
  };
}

/** Asks for the days or the time, as a dialog turn of SetReminderIntent. */
function askFor(turn: Turn, slot: "dayOne" | "time", ...before: string[]): Reply {
  const v = voice(turn.locale);
  const [question, reprompt] =
    slot === "dayOne"
      ? [v.say("reminders.askDays"), v.say("reminders.askDaysReprompt")]
      : [v.say("reminders.askTime"), v.say("reminders.askTimeReprompt")];
  return askForSlot([...before, question].join(" "), reprompt, {
    intent: REMINDER_INTENT,
    slot,
    slots: REMINDER_SLOTS,
  });
}

/** "Yes" to the read-back: the reminder is set, or the user hears why not. */
export async function setReminder(
  turn: Turn,
  state: SessionState,
  context: SkillContext,
): Promise<Outcome> {
  const schedule = scheduleOf(state.reminderDraft);
  if (!schedule) return reminderAsked(turn, state);
  return create(turn, state, context, schedule, true);
}

/**
 * Alexa's answer to the voice permission request. Accepted: the reminder the token names
 * (or the draft, should the token be unusable) is set. Otherwise nothing is, and the user
 * hears how to allow it later, with the permission card in the Alexa app.
 */
export async function permissionAnswered(
  turn: Turn,
  state: SessionState,
  context: SkillContext,
): Promise<Outcome> {
  const v = voice(turn.locale);
  const schedule = parseScheduleToken(turn.connection?.token) ?? scheduleOf(state.reminderDraft);
  const rest = withoutDraft(state);
  // Allowed, but what to set was lost on the way: the dialog asks for it again.
  if (turn.connection?.status === "ACCEPTED" && !schedule) return reminderAsked(turn, state);
  if (turn.connection?.status !== "ACCEPTED" || !schedule)
    return {
      state: rest,
      reply: {
        ...offerNext(turn, rest, "anything", v.say("reminders.permissionDenied")),
        permissionCard: [REMINDERS_SCOPE],
      },
    };
  // Asked once: a refusal now shows the card rather than asking by voice again.
  return create(turn, state, context, schedule, false);
}

async function create(
  turn: Turn,
  state: SessionState,
  context: SkillContext,
  schedule: ReminderSchedule,
  mayAskByVoice: boolean,
): Promise<Outcome> {
  const v = voice(turn.locale);
  if (!turn.api) return reminderAsked(turn, state);
  const zone = await context.timeZones.timeZoneOf(turn, state);
  const body = reminderRequest(
    schedule,
    { nowIso: turn.time, timeZone: zone.timeZone },
    { locale: turn.locale, text: v.say("reminders.reminderText") },
  );
  const created = await context.reminders.create(turn.api, body);
  const done = withoutDraft(zone.state);
  if (created.ok) {
    context.logger.info("Reminder set", {
      userId: turn.userId,
      days: schedule.days.join(","),
      at: clockText(schedule.at),
    });
    const described = describeSchedule(v, schedule);
    return {
      state: done,
      reply: offerNext(turn, done, "anything", v.say("reminders.set", { schedule: described })),
    };
  }
  if (created.problem === "permission" && mayAskByVoice)
    return {
      // The draft stays: the answer may come back without a usable token.
      state: zone.state,
      reply: {
        speech: [v.say("reminders.askPermission")],
        askForPermission: { scope: REMINDERS_SCOPE, token: scheduleToken(schedule) },
      },
    };
  return { state: done, reply: refusal(turn, done, created.problem) };
}

/** Why the API did not do it, in a sentence, then the conversation goes on. */
export function refusal(turn: Turn, state: SessionState, problem: RemindersProblem): Reply {
  const v = voice(turn.locale);
  const reply = offerNext(turn, state, "anything", v.say(PROBLEM_WORDS[problem]));
  return problem === "permission" ? { ...reply, permissionCard: [REMINDERS_SCOPE] } : reply;
}

const PROBLEM_WORDS = {
  permission: "reminders.permissionCard",
  limit: "reminders.limit",
  down: "reminders.down",
  refused: "reminders.refused",
} as const;

export function withoutDraft(state: SessionState): SessionState {
  const { reminderDraft: _done, ...rest } = state;
  return rest;
}

export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
