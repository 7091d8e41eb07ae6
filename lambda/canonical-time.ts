/**
 * The milliseconds of a canonical ISO time ("2026-11-22T09:00:00.000Z", as the skill writes
 * every time it keeps), or undefined for anything else. A session and a stored record send
 * back the same few times turn after turn (the position's, each move's rating, the segment
 * spoken): each is checked once and remembered, in one bounded map for all of them.
 */
export function canonicalMs(raw: unknown): number | undefined {
  if (typeof raw !== "string") return undefined;
  const known = canonicalTimes.get(raw);
  if (known !== undefined) return known;
  const at = Date.parse(raw);
  if (Number.isNaN(at) || new Date(at).toISOString() !== raw) return undefined;
  if (canonicalTimes.size >= MAX_REMEMBERED_TIMES) canonicalTimes.clear();
  canonicalTimes.set(raw, at);
  return at;
}

/** A warm container's recent times: a few per user in a session. */
const MAX_REMEMBERED_TIMES = 2048;
const canonicalTimes = new Map<string, number>();

/**
 * For sorting by canonical ISO time, the latest first. Canonical times all have the same
 * shape, so comparing them character by character is comparing them in time: no locale's
 * collation (`localeCompare` loads and walks ICU's collation data, on every comparison).
 */
export function latestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
