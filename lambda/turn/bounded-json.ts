import { isRecord } from "../is-record";
import { ATTRIBUTE_LIMITS } from "./limits";
import { PACKED_FIELDS } from "./packed-fields";

const PACKED: ReadonlySet<string> = new Set(PACKED_FIELDS);

/**
 * Whether untrusted JSON stays within ATTRIBUTE_LIMITS: depth, keys per object, items per list,
 * string length. A bounded walk that allocates nothing, so a 20,000-deep or megabyte-sized
 * attribute costs at most the limits' worth of steps. Back Coach's own state is far inside the
 * limits; anything beyond them is not ours and is read as no state at all. A record's packed
 * fields (packed-fields.ts) are one long string each: under their key a string may be longer.
 */
export function isWithinBounds(value: unknown, depth = 0, packed = false): boolean {
  if (typeof value === "string")
    return (
      value.length <= (packed ? ATTRIBUTE_LIMITS.maxPackedLength : ATTRIBUTE_LIMITS.maxStringLength)
    );
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "boolean" || value === null) return true;
  if (depth >= ATTRIBUTE_LIMITS.maxDepth) return false;
  if (Array.isArray(value)) {
    if (value.length > ATTRIBUTE_LIMITS.maxItems) return false;
    for (const item of value) if (!isWithinBounds(item, depth + 1)) return false;
    return true;
  }
  if (!isRecord(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++keys > ATTRIBUTE_LIMITS.maxKeys || key.length > ATTRIBUTE_LIMITS.maxStringLength)
      return false;
    if (!isWithinBounds(value[key], depth + 1, PACKED.has(key))) return false;
  }
  return true;
}
