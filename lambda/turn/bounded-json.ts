import { isRecord } from "../is-record";
import { ATTRIBUTE_LIMITS } from "./limits";

/**
 * A copy of untrusted JSON within ATTRIBUTE_LIMITS: deeper levels, extra keys or items, and
 * over-long strings are dropped. It runs before anything else reads session attributes (ask-sdk
 * deep-copies them on every request), so a 20,000-deep or megabyte-sized attribute costs a
 * bounded walk and is never echoed back. The typed parser that follows decides what it means.
 */
export function boundedJson(value: unknown, depth = 0): unknown {
  if (typeof value === "string")
    return value.length <= ATTRIBUTE_LIMITS.maxStringLength ? value : undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean" || value === null) return value;
  if (depth >= ATTRIBUTE_LIMITS.maxDepth) return undefined;
  if (Array.isArray(value)) {
    return value
      .slice(0, ATTRIBUTE_LIMITS.maxItems)
      .map((item) => boundedJson(item, depth + 1))
      .filter((item) => item !== undefined);
  }
  if (!isRecord(value)) return undefined;
  const copy: Record<string, unknown> = {};
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++keys > ATTRIBUTE_LIMITS.maxKeys) break;
    if (key.length > ATTRIBUTE_LIMITS.maxStringLength || key === "__proto__") continue;
    const item = boundedJson(value[key], depth + 1);
    if (item !== undefined) copy[key] = item;
  }
  return copy;
}
