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
    return a.every((item, i) => sameJson(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => b[key] !== undefined).length) return false;
  return keys.every((key) => sameJson(a[key], b[key]));
}
