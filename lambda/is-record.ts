/** A plain JSON object (not null, not an array): what every parser of untrusted input starts from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
