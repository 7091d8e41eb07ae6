import { withDigits } from "./spoken-number";

/**
 * What Alexa sends for AMAZON.TIME said as a clock time: "HH:MM", 24-hour ("seven a.m." is
 * "07:00", "six thirty p.m." "18:30", "noon" "12:00"); undefined for words that are no clock
 * time. A bare hour ("seven") is taken as said, 07:00. Alexa's own words for a part of the
 * day ("in the morning" arrives as "MO") are not modelled: the skill asks again for those.
 */
export function spokenTime(words: string): string | undefined {
  const said = withDigits(
    words
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/\b([ap]) m\b/g, "$1m")
      .replace(/o'?\s?clock/g, "oclock")
      .trim(),
  );
  if (/^(?:noon|midday|twelve noon|12 noon)$/.test(said)) return "12:00";
  if (/^midnight$/.test(said)) return "00:00";
  const match =
    /^(\d{1,4})(?::| )?(\d{2})?(?: (am|pm|oclock|in the morning|in the afternoon|in the evening|at night|tonight))?$/.exec(
      said.replace(/\s+/g, " "),
    );
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  const [hour, minute] =
    match[1].length >= 3 && match[2] === undefined
      ? [Math.floor(first / 100), first % 100]
      : [first, Number(match[2] ?? 0)];
  const marker = match[3];
  if (minute > 59) return undefined;
  const isAm = marker === "am" || marker === "in the morning";
  const isPm = marker !== undefined && !isAm && marker !== "oclock";
  if ((isAm || isPm) && (hour < 1 || hour > 12)) return undefined;
  if (hour > 23) return undefined;
  const h24 = isAm ? hour % 12 : isPm ? (hour % 12) + 12 : hour;
  return `${String(h24).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
