import type { Voice } from "../../i18n/voice";

/**
 * Dates as the user lives them: the calendar day in their time zone, weeks from Monday. Pure:
 * "now" is always passed in (the request's timestamp), never read from a clock.
 */

/** A calendar day, "2026-11-22". */
export type LocalDate = string;

/**
 * Formatters by purpose, made on first use and kept: making one costs far more than using it
 * (the first one, milliseconds), too much for every turn or every cold start. Time zones come
 * from outside (the Settings API, session attributes), so the cache is keyed by the zone's
 * case-folded name (zones are case-insensitive: "europe/berlin" is Europe/Berlin) and bounded:
 * a flood of distinct zones evicts the oldest instead of growing memory.
 */
const MAX_FORMATTERS = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  key: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= MAX_FORMATTERS) {
      const oldest = formatters.keys().next().value;
      if (oldest !== undefined) formatters.delete(oldest);
    }
    formatters.set(key, format);
  }
  return format;
}

/** Calendar days in a zone; throws for a zone the platform does not know. */
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  // en-CA writes dates as 2026-11-22.
  const options = { timeZone, year: "numeric", month: "2-digit", day: "2-digit" } as const;
  return formatter(`date ${timeZone.toLowerCase()}`, "en-CA", options);
}

/**
 * The zone of every user whose device has not told us theirs. Its days are the ISO time's own
 * first ten characters: no formatter, so no time-zone data is loaded for it (the platform's
 * ICU data, paged in by the first formatter with a zone: milliseconds of a cold container and,
 * on Node 24, about 15 MB of resident memory).
 */
const UTC = "UTC";

/** Whether the platform knows the zone ("Europe/Berlin"); unknown zones fall back to UTC. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone === UTC) return true;
  // Asked every turn (the session's zone is checked as it is read), so remembered.
  return (
    remember(`known ${timeZone}`, () => {
      try {
        dayFormat(timeZone);
        return "yes";
      } catch {
        return "no";
      }
    }) === "yes"
  );
}

/** The platform's own spelling of a known zone ("europe/berlin" -> "Europe/Berlin"). */
export function canonicalTimeZone(timeZone: string): string {
  if (timeZone === UTC) return UTC;
  // Every turn asks (the session's zone is checked as it is read): resolvedOptions() is slow.
  return remember(`zone ${timeZone}`, () => dayFormat(timeZone).resolvedOptions().timeZone);
}

/**
 * Answers already worked out, by their arguments: a turn asks for the same few days again and
 * again (a week's progress walks seven days over every workout in it), and formatting a date
 * in a zone or parsing one costs microseconds each time. Bounded: emptied when full.
 */
const MAX_REMEMBERED = 1024;
const remembered = new Map<string, string>();
function remember(key: string, work: () => string): string {
  let answer = remembered.get(key);
  if (answer === undefined) {
    answer = work();
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, answer);
  }
  return answer;
}

export function localDate(iso: string, timeZone: string): LocalDate {
  return remember(`local ${timeZone} ${iso}`, () =>
    timeZone !== UTC && isKnownTimeZone(timeZone)
      ? dayFormat(timeZone).format(new Date(iso))
      : new Date(iso).toISOString().slice(0, 10),
  );
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return remember(`add ${date} ${days}`, () => {
    const d = new Date(`${date}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  });
}

/** The Monday on or before `date`. */
export function weekStart(date: LocalDate): LocalDate {
  return remember(`monday ${date}`, () => {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
    return addDays(date, -((weekday + 6) % 7));
  });
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** "today", "yesterday", "on Tuesday" (this past week), or "on November 3". */
export function spokenDay(v: Voice, date: LocalDate, today: LocalDate): string {
  const ago = daysBetween(date, today);
  if (ago === 0) return v.say("calendar.today");
  if (ago === 1) return v.say("calendar.yesterday");
  const d = new Date(`${date}T12:00:00Z`);
  // Day and month names come from the runtime's locale data (ICU), not from our words.
  const day =
    ago > 1 && ago < 7
      ? formatter(`weekday ${v.locale}`, v.locale, { weekday: "long", timeZone: "UTC" }).format(d)
      : formatter(`month day ${v.locale}`, v.locale, {
          month: "long",
          day: "numeric",
          timeZone: "UTC",
        }).format(d);
  return v.say("calendar.onDay", { day });
}
