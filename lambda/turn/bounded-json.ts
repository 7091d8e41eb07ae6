import { isRecord } from "../is-record";
import { ATTRIBUTE_LIMITS, PACKED_KEYS } from "./limits";

const PACKED: ReadonlySet<string> = new Set<string>(PACKED_KEYS);

/**
 * Whether untrusted JSON stays within ATTRIBUTE_LIMITS: depth, keys per object, items per list,
 * string length. A bounded walk that allocates nothing, so a 20,000-deep or megabyte-sized
 * attribute costs at most the limits' worth of steps. Back Coach's own state is far inside the
 * limits; anything beyond them is not ours and is read as no state at all. A record's packed
 * fields (packed-fields.ts) are one long string each: under their key a string may be longer.
 */
export function isWithinBounds(value: unknown, depth = 0): boolean {
  if (typeof value !== "object" || value === null) return isBoundedLeaf(value, false);
  if (depth >= ATTRIBUTE_LIMITS.maxDepth) return false;
  if (Array.isArray(value)) {
    if (value.length > ATTRIBUTE_LIMITS.maxItems) return false;
    for (const item of value) if (!isBoundedChild(item, depth, false)) return false;
    return true;
  }
  if (!isRecord(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++keys > ATTRIBUTE_LIMITS.maxKeys || key.length > ATTRIBUTE_LIMITS.maxStringLength)
      return false;
    const child = value[key];
    if (!isBoundedChild(child, depth, typeof child === "string" && PACKED.has(key))) return false;
  }
  return true;
}

/** A value one level down: leaves checked here, objects walked (the common case first). */
function isBoundedChild(value: unknown, depth: number, packed: boolean): boolean {
  return typeof value === "object" && value !== null
    ? isWithinBounds(value, depth + 1)
    : isBoundedLeaf(value, packed);
}

function isBoundedLeaf(value: unknown, packed: boolean): boolean {
  switch (typeof value) {
    case "string":
      return (
        value.length <=
        (packed ? ATTRIBUTE_LIMITS.maxPackedLength : ATTRIBUTE_LIMITS.maxStringLength)
      );
    case "number":
      return Number.isFinite(value);
    case "boolean":
      return true;
    default:
      return value === null;
  }
}
