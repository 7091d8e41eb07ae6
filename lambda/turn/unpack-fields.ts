import { findWorkout } from "../coach/catalog";
import { parseTuning } from "../coach/progression/tune";
import type { Tuning } from "../coach/progression/types";
import { deepFreeze } from "../deep-freeze";
import { sameJson } from "../same-json";
import { parseTips } from "../store/parse-user-record";
import { parseProgression } from "../store/progression-record";
import { isWithinBounds } from "./bounded-json";
import { ATTRIBUTE_LIMITS } from "./limits";
import {
  knownField,
  knownTuning,
  type PackedField,
  type PackedValue,
  rememberField,
  rememberTuning,
} from "./packed-fields";

/** Each packed field's own parser, strict: a text that needed any repair is not ours. */
const PARSERS: { readonly [F in PackedField]: (raw: unknown) => PackedValue<F> | undefined } = {
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
 * The field's value from its text (packed-fields.ts), or undefined if the text is not one Back
 * Coach could have written: too long, not JSON, beyond the bounds of any attribute
 * (isWithinBounds: depth, keys, lengths), or a value the record's own parser rejects. The value
 * is frozen: it is shared by every turn that sends the same text.
 */
export function unpackField<F extends PackedField>(
  field: F,
  text: string,
): PackedValue<F> | undefined {
  const known = knownField(field, text);
  if (known !== undefined) return known;
  const raw = boundedJson(text);
  if (raw === undefined) return undefined;
  const value = PARSERS[field](raw);
  if (value === undefined) return undefined;
  deepFreeze(value);
  rememberField(field, text, value);
  return value;
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

function unpackTuning(workoutId: string, text: string): Tuning | undefined {
  const known = knownTuning(workoutId, text);
  if (known) return known;
  const workout = findWorkout(workoutId);
  const raw = workout ? boundedJson(text) : undefined;
  if (!workout || raw === undefined) return undefined;
  const tuning = parseTuning(raw, workout);
  // Only a tuning exactly as the rules write it: nothing added, nothing bent.
  if (!tuning || !sameJson(tuning, raw)) return undefined;
  deepFreeze(tuning);
  rememberTuning(workout.id, text, tuning);
  return tuning;
}

/** JSON within the bounds any attribute has (a text can nest thousands of levels deep), or undefined. */
function boundedJson(text: string): unknown {
  if (text.length > ATTRIBUTE_LIMITS.maxPackedLength) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isWithinBounds(raw) ? raw : undefined;
}
