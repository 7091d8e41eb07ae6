import { findWorkout, parseTuning, type Tuning, type WorkoutProgress } from "../coach";
import { sameJson } from "../same-json";
import { parseProgression } from "../store/progression-record";
import { parseTips, type UserRecord } from "../store/user-record";
import { isWithinBounds } from "./bounded-json";
import { ATTRIBUTE_LIMITS, type PACKED_KEYS } from "./limits";

type PackedKey = (typeof PACKED_KEYS)[number];

/**
 * The parts of a user's record that are large and rarely change: a full progression record is
 * about 2 KB, a long-time user's tip history about as much. Session attributes carry each as
 * one JSON string rather than as objects, so the turn that gets it back does not walk and
 * re-check every key of it: the same text (every turn but the rare one that changes it) is
 * read once per container and remembered, by the text itself. The text decides the value, so
 * a forged one can only ever be parsed and checked like any other.
 */
export const PACKED_FIELDS = ["progression", "tips"] as const satisfies readonly PackedKey[];
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
 * written: too long, not JSON, beyond the bounds of any attribute (isWithinBounds: depth, keys,
 * lengths), or a value the record's own parser rejects. The value is frozen: it is shared by
 * every turn that sends the same text.
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
  // The same bounds as every other attribute: a text can nest thousands of levels deep.
  if (!isWithinBounds(raw)) return undefined;
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

/**
 * A workout in progress carries its run's tuning (each rated move's reps and form, ~400 characters)
 * unchanged from the first segment to the last: it travels as text too, inside `progress`, and
 * is read once per workout and text. The rest of the position changes every turn.
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

/**
 * `progress` as sent, its tuning read from its text; undefined if the text is not a tuning the
 * rules could make for that workout (the whole state is then not ours). Anything else is left
 * for the record's parser.
 */
export function unpackProgress(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const { tuning, workoutId } = raw as { tuning?: unknown; workoutId?: unknown };
  if (typeof tuning !== "string") return raw;
  if (typeof workoutId !== "string") return undefined;
  const value = unpackTuning(workoutId, tuning);
  return value ? { ...raw, tuning: value } : undefined;
}

const tunings = new Map<string, Map<string, Tuning>>();
const tuningTexts = new WeakMap<Tuning, string>();

function unpackTuning(workoutId: string, text: string): Tuning | undefined {
  const known = tunings.get(workoutId)?.get(text);
  if (known) return known;
  const workout = findWorkout(workoutId);
  if (!workout || text.length > ATTRIBUTE_LIMITS.maxPackedLength) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isWithinBounds(raw)) return undefined;
  const tuning = parseTuning(raw, workout);
  // Only a tuning exactly as the rules write it: nothing added, nothing bent.
  if (!tuning || !sameJson(tuning, raw)) return undefined;
  deepFreeze(tuning);
  rememberTuning(workout.id, text, tuning);
  return tuning;
}

function rememberTuning(workoutId: string, text: string, tuning: Tuning): void {
  let texts = tunings.get(workoutId);
  if (!texts) {
    // Only catalog workouts get here (the caller found one): a handful of maps at most.
    texts = new Map();
    tunings.set(workoutId, texts);
  }
  if (texts.size >= MAX_REMEMBERED) {
    const oldest = texts.keys().next();
    if (!oldest.done) texts.delete(oldest.value);
  }
  texts.set(text, tuning);
  tuningTexts.set(tuning, text);
}
