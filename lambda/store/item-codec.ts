import type { UserRecord } from "./user-record";

/**
 * How a user's record sits in its DynamoDB item. Each field whose value is an object (the
 * position, the rotating lines, the tips, the profile, the progression) is one string
 * attribute holding its JSON; scalars are attributes of their own type. A nested map is
 * marshalled by the SDK and validated by DynamoDB attribute by attribute, and an update reads
 * and rewrites the item's nested maps: one string per field is cheaper for both (measured on
 * dynalite, a position-only update of the full item took 713 us as text against 872 us as maps).
 *
 * Items written before this were maps: a map is still read as it is, so they load unchanged,
 * and each field turns into text the first time a save writes it.
 */

/** An object field is stored as its JSON text; any other field as it is. */
type StoredAs<F extends keyof UserRecord> =
  NonNullable<UserRecord[F]> extends object ? "text" : "as is";

/**
 * Every field of the record and how it is stored. The type works each entry out from
 * UserRecord: a new field fails to compile until it is listed, and an object field cannot be
 * listed as anything but text (nor a scalar as text).
 */
const STORED_AS: { readonly [F in keyof UserRecord]-?: StoredAs<F> } = {
  schemaVersion: "as is",
  disclaimerHeard: "as is",
  progress: "text",
  progressAt: "as is",
  variety: "text",
  tips: "text",
  profile: "text",
  equipment: "as is",
  pace: "as is",
  progression: "text",
  feedbackTiming: "as is",
  handsFree: "as is",
};

const TEXT_FIELDS = (Object.keys(STORED_AS) as (keyof UserRecord)[]).filter(
  (field) => STORED_AS[field] === "text",
);

/**
 * The longest text read back as a field. A full progression record is about 2,200 characters;
 * anything many times that was not written by Back Coach, and is not parsed at all.
 */
export const MAX_FIELD_TEXT = 64 * 1024;
/**
 * The deepest a field's JSON may nest: as deep as DynamoDB lets a map nest, so text carries
 * nothing a map could not have (the record's own fields nest four levels at most). Deeper
 * values would reach the recursive walks a turn makes of its record (comparing, serializing).
 */
export const MAX_FIELD_DEPTH = 32;

/** What one attribute of a user's item holds as the store writes it. */
export type StoredValue = string | number | boolean;

/**
 * A field's value as the item stores it: an object as its JSON text, a scalar as it is. Told
 * by the value's own type, which for a UserRecord field is the rule STORED_AS spells out.
 */
export function storedValue(value: NonNullable<UserRecord[keyof UserRecord]>): StoredValue {
  return typeof value === "object" ? JSON.stringify(value) : value;
}

/** The record's fields as item attributes (keys and version are the store's to add). */
export function toStoredFields(record: Partial<UserRecord>): Record<string, StoredValue> {
  const fields: Record<string, StoredValue> = {};
  for (const [field, value] of Object.entries(record) as [
    keyof UserRecord,
    UserRecord[keyof UserRecord],
  ][]) {
    if (value !== undefined) fields[field] = storedValue(value);
  }
  return fields;
}

export interface ReadFields {
  /** The item's attributes with each text field parsed: for parseUserRecord to check. */
  readonly fields: Record<string, unknown>;
  /** Text that could not be read, per field: the field is left as its text, which no parser takes. */
  readonly problems: readonly string[];
}

/**
 * An item's attributes (keys and version already taken off) with each object field's text
 * parsed back. A field stored as a map is passed on as it is. Text that is too long, is not
 * JSON, nests too deep or is not an object is passed on as the string it is: the field's parser
 * rejects it, so it is repaired like any damaged field, and never throws. What the parsed JSON
 * holds is not checked here: parseUserRecord checks every field, wherever it came from.
 */
export function fromStoredFields(stored: Record<string, unknown>): ReadFields {
  let fields = stored;
  const problems: string[] = [];
  for (const field of TEXT_FIELDS) {
    const text = stored[field];
    if (typeof text !== "string") continue;
    const read = readText(text);
    if (typeof read === "string") {
      problems.push(`${field} ${read}`);
      continue;
    }
    if (fields === stored) fields = { ...stored };
    fields[field] = read.value;
  }
  return { fields, problems };
}

/** A field's JSON value, or why its text cannot be one. */
function readText(text: string): { readonly value: object } | string {
  if (text.length > MAX_FIELD_TEXT) return `text over ${MAX_FIELD_TEXT} characters`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "text is not JSON";
  }
  // Every object field is a JSON object; `null` in particular would read as "no value".
  if (typeof value !== "object" || value === null) return "text is not a JSON object";
  if (!nestsWithin(value, MAX_FIELD_DEPTH)) return `text nests over ${MAX_FIELD_DEPTH} levels`;
  return { value };
}

/** Whether `value` nests at most `levels` deep. Stops at the limit, so it never recurses further. */
function nestsWithin(value: object, levels: number): boolean {
  if (levels === 0) return false;
  for (const child of Object.values(value)) {
    if (typeof child === "object" && child !== null && !nestsWithin(child, levels - 1))
      return false;
  }
  return true;
}
