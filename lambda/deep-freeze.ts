/**
 * Values shared by every turn that reaches them (a text's parsed value, a screen made once) are
 * never changed in place: frozen, a change would throw instead of leaking into other turns.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
