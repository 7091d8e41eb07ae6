import { isRecord } from "./is-record";

/**
 * Whether two JSON values are the same, as their JSON would be (a key whose value is undefined
 * is no key), key order aside. For the checks every turn makes of what changed in a user's
 * record: comparing JSON.stringify of both sides built two strings of a full progression
 * record each time, the warm turn's largest cost.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  // Counted and compared in place, not through Object.keys lists: this runs on every turn.
  let defined = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key) || a[key] === undefined) continue;
    defined++;
    if (!sameJson(a[key], ownValue(b, key))) return false;
  }
  for (const key in b) if (Object.hasOwn(b, key) && b[key] !== undefined) defined--;
  return defined === 0;
}

/** `record[key]` if the record holds it itself (not what its prototype has under that name). */
export function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key)
    ? (record as Readonly<Record<string, unknown>>)[key]
    : undefined;
}
