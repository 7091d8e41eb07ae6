import type { WorkoutProgress } from "../coach/position";
import type { Tuning } from "../coach/progression/types";
import { deepFreeze } from "../deep-freeze";
import type { UserRecord } from "../store/user-record";
import type { PACKED_KEYS } from "./limits";

type PackedKey = (typeof PACKED_KEYS)[number];

/**
 * The parts of a user's record that are large and rarely change: a full progression record is
 * about 2 KB, a long-time user's tip history about as much. Session attributes carry each as
 * one JSON string rather than as objects, so the turn that gets it back does not walk and
 * re-check every key of it: the same text (every turn but the rare one that changes it) is
 * read once per container and remembered, by the text itself. The text decides the value, so
 * a forged one can only ever be parsed and checked like any other (unpack-fields.ts).
 *
 * This half writes the texts and keeps what was read or written; reading a text that is not
 * known yet (unpack-fields.ts, with the parsers) loads with the first request that sends some.
 */
export const PACKED_FIELDS = ["progression", "tips"] as const satisfies readonly PackedKey[];
export type PackedField = (typeof PACKED_FIELDS)[number];
export type PackedValue<F extends PackedField> = NonNullable<UserRecord[F]>;

/**
 * Texts read, per field, newest last. A warm container serves many users: enough for each of
 * them to find their own text again, few enough to stay small (a few hundred KB at most).
 */
export const MAX_REMEMBERED = 256;
const remembered: { readonly [F in PackedField]: Map<string, PackedValue<F>> } = {
  progression: new Map(),
  tips: new Map(),
};
/** The text of a value this container read or wrote: written back without serializing it again. */
const textOf = new WeakMap<object, string>();

/** The field's value as session attributes carry it. */
export function packField<F extends PackedField>(field: F, value: PackedValue<F>): string {
  const known = textOf.get(value);
  if (known !== undefined) return known;
  const text = JSON.stringify(value);
  deepFreeze(value);
  rememberField(field, text, value);
  return text;
}

/** The value of a text already read or written, now the newest; undefined if not known. */
export function knownField<F extends PackedField>(
  field: F,
  text: string,
): PackedValue<F> | undefined {
  const map = remembered[field];
  const known = map.get(text);
  // Seen again: now the newest, so the users still in a session are the ones kept.
  if (known !== undefined) setNewest(map, text, known);
  return known;
}

export function rememberField<F extends PackedField>(
  field: F,
  text: string,
  value: PackedValue<F>,
): void {
  setNewest(remembered[field], text, value);
  textOf.set(value, text);
}

/**
 * A workout in progress carries its run's tuning (each rated move's reps and form, ~400
 * characters) unchanged from the first segment to the last: it travels as text too, inside
 * `progress`, and is read once per workout and text. The rest of the position changes every turn.
 */
export function packProgress(progress: WorkoutProgress): Record<string, unknown> {
  if (!progress.tuning) return { ...progress };
  let text = tuningTexts.get(progress.tuning);
  if (text === undefined) {
    text = JSON.stringify(progress.tuning);
    deepFreeze(progress.tuning);
    rememberTuning(progress.workoutId, text, progress.tuning);
  }
  return { ...progress, tuning: text };
}

const tunings = new Map<string, Map<string, Tuning>>();
const tuningTexts = new WeakMap<Tuning, string>();

/** The tuning a text stands for in a workout, if this container has read or written it. */
export function knownTuning(workoutId: string, text: string): Tuning | undefined {
  return tunings.get(workoutId)?.get(text);
}

/** `workoutId` is a catalog workout's (the caller found one): a handful of maps at most. */
export function rememberTuning(workoutId: string, text: string, tuning: Tuning): void {
  let texts = tunings.get(workoutId);
  if (!texts) {
    texts = new Map();
    tunings.set(workoutId, texts);
  }
  setNewest(texts, text, tuning);
  tuningTexts.set(tuning, text);
}

/** Puts `key` last in `map` (a Map keeps insertion order), forgetting the oldest past the cap. */
function setNewest<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  if (map.size >= MAX_REMEMBERED) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}
