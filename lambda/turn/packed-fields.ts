import { parseProgression } from "../store/progression-record";
import { parseTips, type UserRecord } from "../store/user-record";
import { ATTRIBUTE_LIMITS } from "./limits";

/**
 * The parts of a user's record that are large and rarely change: a full progression record is
 * about 2 KB, a long-time user's tip history about as much. Session attributes carry each as
 * one JSON string rather than as objects, so the turn that gets it back does not walk and
 * re-check every key of it: the same text (every turn but the rare one that changes it) is
 * read once per container and remembered, by the text itself. The text decides the value, so
 * a forged one can only ever be parsed and checked like any other.
 */
export const PACKED_FIELDS = ["progression", "tips"] as const;
export type PackedField = (typeof PACKED_FIELDS)[number];

const PARSERS: { readonly [F in PackedField]: (raw: unknown) => UserRecord[F] | undefined } = {
  progression: (raw) => {
    const problems: string[] = [];
    const progression = parseProgression(raw, problems);
    return problems.length === 0 ? progression : undefined;
  },
  tips: (raw) => {
    const problems: string[] = [];
    const tips = parseTips(raw, problems);
    return problems.length === 0 ? tips : undefined;
  },
};

/**
 * Texts read, per field, newest last. A warm container serves many users: enough for each of
 * them to find their own text again, few enough to stay small (a few hundred KB at most).
 */
const MAX_REMEMBERED = 256;
const remembered: { readonly [F in PackedField]: Map<string, NonNullable<UserRecord[F]>> } = {
  progression: new Map(),
  tips: new Map(),
};
/** The text of a value this container read or wrote: written back without serializing it again. */
const textOf = new WeakMap<object, string>();

/** The field's value as session attributes carry it. */
export function packField<F extends PackedField>(
  field: F,
  value: NonNullable<UserRecord[F]>,
): string {
  const known = textOf.get(value);
  if (known !== undefined) return known;
  const text = JSON.stringify(value);
  deepFreeze(value);
  remember(field, text, value);
  return text;
}

/**
 * The field's value from its text, or undefined if the text is not one Back Coach could have
 * written: too long, not JSON, or a value the record's own parser rejects (the parsers look a
 * few levels deep and bound what they keep, so a deep or wide forgery costs at most the text's
 * length). The value is frozen: it is shared by every turn that sends the same text.
 */
export function unpackField<F extends PackedField>(
  field: F,
  text: string,
): NonNullable<UserRecord[F]> | undefined {
  const map = remembered[field];
  const known = map.get(text);
  if (known !== undefined) {
    // Seen again: now the newest, so the users still in a session are the ones kept.
    map.delete(text);
    map.set(text, known);
    return known;
  }
  if (text.length > ATTRIBUTE_LIMITS.maxPackedLength) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const value = PARSERS[field](raw) as NonNullable<UserRecord[F]> | undefined;
  if (value === undefined) return undefined;
  deepFreeze(value);
  remember(field, text, value);
  return value;
}

function remember<F extends PackedField>(
  field: F,
  text: string,
  value: NonNullable<UserRecord[F]>,
) {
  const map = remembered[field];
  if (map.size >= MAX_REMEMBERED) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(text, value);
  textOf.set(value, text);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
