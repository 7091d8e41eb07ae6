/**
 * Dates as the user lives them: the calendar day in their time zone, weeks from Monday. Pure:
 * "now" is always passed in (the request's timestamp), never read from a clock.
 */

/** A calendar day, "2026-11-22". */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether the platform knows the zone ("Europe/Berlin"); unknown zones fall back to UTC. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function localDate(iso: string, timeZone: string): LocalDate {
  const zone = isKnownTimeZone(timeZone) ? timeZone : "UTC";
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(zone, format);
  }
  return format.format(new Date(iso));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday on or before `date`. */
export function weekStart(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "today", "yesterday", "on Tuesday" (this past week), or "on November 3". */
export function spokenDay(date: LocalDate, today: LocalDate): string {
  const ago = daysBetween(date, today);
  if (ago === 0) return "today";
  if (ago === 1) return "yesterday";
  const d = new Date(`${date}T12:00:00Z`);
  if (ago > 1 && ago < 7) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}
