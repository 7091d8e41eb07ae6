import { localDate } from "../coach/progress/calendar";
import { type ReminderSchedule, recurrenceRule, scheduleOfRule } from "../coach/reminders/schedule";
import { SpeechBuilder } from "../coach/speech/ssml-builder";
import { isRecord } from "../is-record";

/**
 * The Reminders API's JSON, both ways: the body that creates a workout reminder, and the
 * reminders it lists, read back into bounded data. Alexa's own shapes stay in this file.
 */

/** The ids the API gives reminders ("alertToken"), checked before one goes into a URL. */
const ALERT_TOKEN = /^[A-Za-z0-9._:-]{1,256}$/;
/** More than anyone sets by voice; a longer list is read no further. */
const MAX_LISTED = 50;

export interface ListedReminder {
  readonly id: string;
  /** Still to ring ("ON"); a reminder that has rung for the last time is "COMPLETED". */
  readonly active: boolean;
  /** The schedule, when the reminder is one this skill writes; undefined for any other. */
  readonly schedule?: ReminderSchedule;
}

export function isAlertToken(value: unknown): value is string {
  return typeof value === "string" && ALERT_TOKEN.test(value);
}

/**
 * POST /v1/alerts/reminders: a recurring reminder (SCHEDULED_ABSOLUTE with a recurrence
 * rule), starting today, in the device's time zone, with the words Alexa says when it rings.
 * Times are local and carry no zone suffix, as the API requires; the zone is its own field.
 */
export function reminderRequest(
  schedule: ReminderSchedule,
  at: { readonly nowIso: string; readonly timeZone: string },
  spoken: { readonly locale: string; readonly text: string },
): Record<string, unknown> {
  const { hour, minute } = schedule.at;
  const start = `${localDate(at.nowIso, at.timeZone)}T${pad(hour)}:${pad(minute)}:00.000`;
  return {
    requestTime: localDateTime(at.nowIso, at.timeZone),
    trigger: {
      type: "SCHEDULED_ABSOLUTE",
      scheduledTime: start,
      timeZoneId: at.timeZone,
      recurrence: { startDateTime: start, recurrenceRules: [recurrenceRule(schedule)] },
    },
    alertInfo: {
      spokenInfo: {
        content: [
          {
            locale: spoken.locale,
            text: spoken.text,
            ssml: new SpeechBuilder().say(spoken.text).build().ssml,
          },
        ],
      },
    },
    pushNotification: { status: "ENABLED" },
  };
}

/** GET /v1/alerts/reminders's answer: the reminders with a usable id, at most MAX_LISTED. */
export function listedReminders(body: unknown): ListedReminder[] {
  const alerts = isRecord(body) && Array.isArray(body.alerts) ? body.alerts : [];
  const listed: ListedReminder[] = [];
  for (const alert of alerts.slice(0, MAX_LISTED)) {
    if (!isRecord(alert) || !isAlertToken(alert.alertToken)) continue;
    const schedule = scheduleOf(alert.trigger);
    listed.push({
      id: alert.alertToken,
      active: alert.status !== "COMPLETED",
      ...(schedule ? { schedule } : {}),
    });
  }
  return listed;
}

/** The schedule of a trigger with one rule as this skill writes it. */
function scheduleOf(trigger: unknown): ReminderSchedule | undefined {
  if (!isRecord(trigger) || !isRecord(trigger.recurrence)) return undefined;
  const rules = trigger.recurrence.recurrenceRules;
  return Array.isArray(rules) && rules.length === 1 ? scheduleOfRule(rules[0]) : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2026-11-22T08:59:53.000" in the zone: the wall-clock time there, as the API takes it. */
function localDateTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
  return `${localDate(iso, timeZone)}T${parts}.000`;
}
