/**
 * A value read from outside (a session, an item) as a few words for a log line or a problem
 * found: never throws, whatever it is. `String()` of an object calls its own `toString`, which
 * a forged value may have replaced with anything.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "object" && value !== null)
    return Array.isArray(value) ? "a list" : "an object";
  if (typeof value === "function") return "a function";
  return String(value).slice(0, MAX_SHOWN);
}

/** Enough to recognise a value, not enough to fill a log with one. */
const MAX_SHOWN = 64;
