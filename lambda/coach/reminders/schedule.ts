/**
 * A workout reminder's schedule as plain data: the days of the week and a time of day, in the
 * device's own time zone. What the user said becomes one of these (or nothing) here, and so
 * does what the Reminders API lists back, so nothing unbounded reaches a reply or a URL.
 */

/** Days in RFC 5545's two-letter form, Monday first, as the Reminders API's rules name them. */
export const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** The ids the interaction model's WorkoutDay values resolve to: a day, or a set of days. */
const DAY_SETS: Readonly<Record<string, readonly DayCode[]>> = {
  WEEKDAYS: ["MO", "TU", "WE", "TH", "FR"],
  WEEKENDS: ["SA", "SU"],
  DAILY: DAY_CODES,
};

export interface Clock {
  readonly hour: number;
  readonly minute: number;
}

export interface ReminderSchedule {
  /** At least one day, each once, Monday first. */
  readonly days: readonly DayCode[];
  readonly at: Clock;
}

export function isDayCode(value: unknown): value is DayCode {
  return typeof value === "string" && (DAY_CODES as readonly string[]).includes(value);
}

/**
 * The days named by resolved slot ids ("MO", "WEEKDAYS"), in week order, each once; undefined
 * when none is usable, so "banana" for a day asks again rather than setting something else.
 */
export function daysOf(ids: readonly (string | undefined)[]): DayCode[] | undefined {
  const named = new Set<DayCode>();
  for (const id of ids) {
    if (id === undefined) continue;
    for (const day of isDayCode(id) ? [id] : (DAY_SETS[id] ?? [])) named.add(day);
  }
  const days = DAY_CODES.filter((day) => named.has(day));
  return days.length > 0 ? days : undefined;
}

/**
 * AMAZON.TIME's value as a clock time: "07:00", "19:30". A time of day said loosely ("in the
 * morning" arrives as "MO", "tonight" as "NI") names no time a reminder can ring at: undefined.
 */
export function parseClock(value: string | undefined): Clock | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? "");
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** "07:05": the clock as AMAZON.TIME writes it, and as the session keeps it. */
export function clockText(clock: Clock): string {
  return `${String(clock.hour).padStart(2, "0")}:${String(clock.minute).padStart(2, "0")}`;
}

/** Every day of the week: one DAILY rule rather than a weekly one naming seven days. */
export function isEveryDay(days: readonly DayCode[]): boolean {
  return days.length === DAY_CODES.length;
}

/**
 * The schedule as one RFC 5545 rule of the Reminders API's recurrence: weekly on the days
 * named (daily for all seven), at the hour and minute, every week.
 */
export function recurrenceRule(schedule: ReminderSchedule): string {
  const { hour, minute } = schedule.at;
  const time = `BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0;INTERVAL=1`;
  return isEveryDay(schedule.days)
    ? `FREQ=DAILY;${time}`
    : `FREQ=WEEKLY;BYDAY=${schedule.days.join(",")};${time}`;
}

/**
 * A rule as recurrenceRule writes it, read back (what "what reminders do I have" lists);
 * anything else is undefined: a reminder this skill did not write that way is only counted.
 */
export function scheduleOfRule(rule: unknown): ReminderSchedule | undefined {
  if (typeof rule !== "string" || rule.length > 200) return undefined;
  const parts = new Map<string, string>();
  for (const part of rule.replace(/;$/, "").split(";")) {
    const [key, value, ...extra] = part.split("=");
    if (!key || value === undefined || extra.length > 0 || parts.has(key)) return undefined;
    parts.set(key, value);
  }
  const hour = wholeNumber(parts.get("BYHOUR"), 23);
  const minute = wholeNumber(parts.get("BYMINUTE"), 59);
  if (hour === undefined || minute === undefined) return undefined;
  if ((parts.get("INTERVAL") ?? "1") !== "1" || (parts.get("BYSECOND") ?? "0") !== "0")
    return undefined;
  const freq = parts.get("FREQ");
  if (freq === "DAILY" && !parts.has("BYDAY")) return { days: DAY_CODES, at: { hour, minute } };
  if (freq !== "WEEKLY") return undefined;
  const listed = (parts.get("BYDAY") ?? "").split(",");
  if (!listed.every(isDayCode)) return undefined;
  const days = daysOf(listed);
  return days && days.length === listed.length ? { days, at: { hour, minute } } : undefined;
}

function wholeNumber(text: string | undefined, max: number): number | undefined {
  if (text === undefined || !/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}

/**
 * The schedule as the consent request's token ("MO,WE,FR@07:00"): Alexa hands it back with
 * its answer, so the reminder the user agreed to can be set even if the session's state is
 * gone. It comes back from outside, so it is parsed as strictly as it is written.
 */
export function scheduleToken(schedule: ReminderSchedule): string {
  return `${schedule.days.join(",")}@${clockText(schedule.at)}`;
}

export function parseScheduleToken(token: string | undefined): ReminderSchedule | undefined {
  const match = /^((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU)){0,6})@(\d\d:\d\d)$/.exec(
    token ?? "",
  );
  const at = parseClock(match?.[2]);
  const listed = match?.[1]?.split(",") ?? [];
  const days = daysOf(listed);
  // Exactly as scheduleToken writes it: each day once, in week order.
  return at && days && days.join(",") === match?.[1] ? { days, at } : undefined;
}
