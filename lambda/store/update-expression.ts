import { type StoredValue, storedValue } from "./item-codec";
import type { UserRecord } from "./user-record";
import { changedFields } from "./user-store";

/** What an UpdateItem needs besides its table and key. */
export interface VersionedUpdate {
  readonly UpdateExpression: string;
  readonly ConditionExpression: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, StoredValue>;
}

/**
 * The write that turns the stored item, read as `base` at `version`, into `next`: each
 * top-level field that changed is set to its new value (or removed when `next` no longer has
 * it), the version counts up, and the write only lands if the item is still at `version`.
 * A full progression record is most of a user's item, and most turns only move the workout
 * position: writing just the fields that changed keeps that record out of the request.
 *
 * Top-level fields only, on purpose. Each field is replaced whole, the same independence model
 * mergeRecords uses (fields merge on their own), so the item is always made of whole fields
 * each some save wrote, and reads back cleanly. Diffing inside a field would not be safe: a
 * session's `base` comes back in session attributes, and a nested partial write over a base that
 * is not what is stored could leave a field half one record and half another; a whole-field
 * replace cannot.
 *
 * Field names only ever travel as ExpressionAttributeNames (#f0, #f1...) and values as
 * ExpressionAttributeValues (:v0...): nothing of the record is spliced into the expression.
 * An object field's value is its JSON text, as the item stores it (item-codec.ts).
 *
 * `fields` narrows the write to the fields one item holds (record-parts.ts); `alsoRemove` names
 * attributes that leave the item whatever the record says (the position, once it has moved to
 * an item of its own).
 */
export function changedFieldsUpdate(
  base: UserRecord,
  next: UserRecord,
  version: number,
  fields: readonly (keyof UserRecord)[] = changedFields(base, next),
  alsoRemove: readonly string[] = [],
): VersionedUpdate {
  const names: Record<string, string> = {};
  const values: Record<string, StoredValue> = { ":expected": version, ":next": version + 1 };
  const set: string[] = [];
  const remove: string[] = [];
  fields.forEach((field, i) => {
    const name = `#f${i}`;
    names[name] = field;
    const value = next[field];
    // A field the record no longer has (progress cleared, hands-free off) leaves the item.
    if (value === undefined) {
      remove.push(name);
    } else {
      values[`:v${i}`] = storedValue(value);
      set.push(`${name} = :v${i}`);
    }
  });
  alsoRemove.forEach((field, i) => {
    const name = `#r${i}`;
    names[name] = field;
    remove.push(name);
  });
  set.push("version = :next");
  return {
    UpdateExpression: `SET ${set.join(", ")}${remove.length > 0 ? ` REMOVE ${remove.join(", ")}` : ""}`,
    ConditionExpression: "version = :expected",
    // DynamoDB refuses an empty map of names.
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
    ExpressionAttributeValues: values,
  };
}
