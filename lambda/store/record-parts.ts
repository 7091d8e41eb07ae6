import type { UserRecord } from "./user-record";

/**
 * Which of a user's two items holds each field of the record (docs/architecture.md, Storage
 * design). The workout position and the rotating lines change on almost every turn of a
 * workout; everything else (the progression above all, most of the record's bytes) changes a
 * few times a week. Kept apart, the frequent write is a small put: DynamoDB bills a write by
 * the size of the whole item it writes, so an update of the position inside the full record
 * cost about four write units where its own item costs one, and dynalite takes about 1.4 x as
 * long for it.
 */
export type RecordPart = "profile" | "position";

/** Every field and its item: the type makes a new field fail to compile until it is placed. */
const PART_OF: { readonly [F in keyof UserRecord]-?: RecordPart } = {
  schemaVersion: "profile",
  disclaimerHeard: "profile",
  progress: "position",
  progressAt: "position",
  variety: "position",
  tips: "profile",
  profile: "profile",
  equipment: "profile",
  pace: "profile",
  progression: "profile",
  feedbackTiming: "profile",
  handsFree: "profile",
};

/** The fields the position item holds. */
export const POSITION_FIELDS = (Object.keys(PART_OF) as (keyof UserRecord)[]).filter(
  (field) => PART_OF[field] === "position",
);

export function partOf(field: keyof UserRecord): RecordPart {
  return PART_OF[field];
}

/** `record` with every field of `part` as `source` has it (or does not have it). */
export function withPartOf(part: RecordPart, record: UserRecord, source: UserRecord): UserRecord {
  if (record === source) return record;
  const merged: Record<string, unknown> = { ...record };
  for (const field of Object.keys(PART_OF) as (keyof UserRecord)[]) {
    if (PART_OF[field] !== part) continue;
    if (source[field] === undefined) delete merged[field];
    else merged[field] = source[field];
  }
  return merged as unknown as UserRecord;
}

/** The fields of `record` that `part`'s item holds, as a record-shaped object for the codec. */
export function fieldsOfPart(part: RecordPart, record: UserRecord): Partial<UserRecord> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (value !== undefined && PART_OF[field as keyof UserRecord] === part) fields[field] = value;
  }
  return fields as Partial<UserRecord>;
}
