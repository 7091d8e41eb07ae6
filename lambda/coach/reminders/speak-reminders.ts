import type { Voice } from "../../i18n/voice";
import { type Clock, DAY_CODES, type DayCode, isEveryDay, type ReminderSchedule } from "./schedule";

/**
 * A reminder's schedule in words: "every Monday, Wednesday, and Friday at seven a.m.". Day
 * names and the list's "and" come from the runtime's locale data (ICU), as the calendar's do;
 * the rest from the words.
 */
export function describeSchedule(v: Voice, schedule: ReminderSchedule): string {
  return v.say("reminders.scheduleAt", {
    days: describeDays(v, schedule.days),
    time: spokenClock(v, schedule.at),
  });
}

function describeDays(v: Voice, days: readonly DayCode[]): string {
  if (isEveryDay(days)) return v.say("reminders.everyDay");
  if (days.join() === "MO,TU,WE,TH,FR") return v.say("reminders.everyWeekday");
  return v.say("reminders.everyDays", {
    days: spokenList(
      v,
      days.map((d) => dayName(v, d)),
    ),
  });
}

/** "Monday": 2024-01-01 was a Monday, so day codes map to dates of that week. */
function dayName(v: Voice, day: DayCode): string {
  const date = new Date(Date.UTC(2024, 0, 1 + DAY_CODES.indexOf(day), 12));
  return new Intl.DateTimeFormat(v.locale, { weekday: "long", timeZone: "UTC" }).format(date);
}

/** "a, b, and c" in the locale's own way of listing. */
export function spokenList(v: Voice, items: readonly string[]): string {
  return new Intl.ListFormat(v.locale, { type: "conjunction" }).format(items);
}

/** "seven a.m.", "six thirty p.m.", "seven oh five a.m.", "noon", "midnight". */
export function spokenClock(v: Voice, { hour, minute }: Clock): string {
  if (minute === 0 && hour === 12) return v.say("reminders.clock.noon");
  if (minute === 0 && hour === 0) return v.say("reminders.clock.midnight");
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const spokenHour = v.number(twelve);
  const time =
    minute === 0
      ? spokenHour
      : v.say(minute < 10 ? "reminders.clock.hourOhMinutes" : "reminders.clock.hourMinutes", {
          hour: spokenHour,
          minutes: v.number(minute),
        });
  return v.say(hour < 12 ? "reminders.clock.am" : "reminders.clock.pm", { time });
}
