import { setTimeout as sleep } from "node:timers/promises";
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { describeValue } from "../describe-value";
import { type Attributes, fromAttributes, type PlainItem, toAttributes } from "./attribute-values";
import { fromStoredFields, toStoredFields } from "./item-codec";
import {
  POSITION_SORT_KEY,
  PROFILE_SORT_KEY,
  userPartition,
  WORKOUT_SORT_PREFIX,
  workoutSortKey,
} from "./keys";
import { fieldsOfPart, POSITION_FIELDS, partOf, type RecordPart, withPartOf } from "./record-parts";
import { changedFieldsUpdate } from "./update-expression";
import { NEW_USER, type UserRecord } from "./user-record";
import { changedFields, StorageError, type StoredUser, type UserStore } from "./user-store";
import { parseWorkoutLogEntry, type WorkoutLogEntry } from "./workout-log";

/** A store call gives up after this long, whatever the SDK's retries are doing. */
export const STORE_CALL_BUDGET_MS = 2500;
/**
 * How long a save keeps retrying lost write races (each retry re-reads and merges). A time
 * budget rather than a count, because the number of rounds grows with the number of devices
 * writing at once: 50 devices of one user need up to 50 rounds, each a few milliseconds.
 */
export const SAVE_RACE_BUDGET_MS = 2000;
/** However the time goes, a save makes at most this many attempts (one per device ahead of it). */
const MAX_SAVE_ATTEMPTS = 64;
/** The longest random wait before a retry, so racing devices spread out instead of colliding. */
const MAX_BACKOFF_MS = 50;
/** Batch deletes retried for items DynamoDB leaves unprocessed (throttling). */
const MAX_UNPROCESSED_RETRIES = 3;

export interface StoreLogger {
  warn(message: string, details: Record<string, unknown>): void;
}

/**
 * Users on DynamoDB: per user a profile item and a position item (record-parts.ts), and one
 * item per workout done.
 */
export class DynamoUserStore implements UserStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly logger: StoreLogger,
  ) {}

  load(userId: string): Promise<StoredUser> {
    return this.read(userId, false);
  }

  /**
   * Reads the user's items (the profile and the position: one Query, both sort keys start with
   * PROFILE); `healed` says a version was just repaired (so never again).
   */
  private async read(userId: string, healed: boolean): Promise<StoredUser> {
    const found = await this.queryItems("load", {
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :profile)",
      ExpressionAttributeValues: toAttributes({
        ":pk": userPartition(userId),
        ":profile": PROFILE_SORT_KEY,
      }),
      ConsistentRead: true,
    });
    const items: { profile?: StoredItem; position?: StoredItem } = {};
    for (const item of found) {
      if (item.sk === PROFILE_SORT_KEY) items.profile = item;
      else if (item.sk === POSITION_SORT_KEY) items.position = item;
    }
    return this.fromItems(userId, items, healed);
  }

  /**
   * A user as read from their items (by the Query, or one returned by a failed conditional
   * write beside what was known of the other). The position item, once there is one, holds the
   * position's fields; before, the profile item held them, and they are read from it.
   */
  private async fromItems(
    userId: string,
    items: { readonly profile?: StoredItem; readonly position?: StoredItem },
    healed: boolean,
  ): Promise<StoredUser> {
    const { profile, position } = items;
    if (!profile && !position) return { record: NEW_USER, version: 0 };
    let repairedVersion = false;
    for (const item of [profile, position]) {
      if (!item || isUsableVersion(item.version)) continue;
      // No write could ever match a version like this: give the item a usable one, once.
      if (healed) throw new StorageError("load", { cause: new Error("version cannot be healed") });
      this.logger.warn("Stored user version repaired", {
        userId,
        item: String(item.sk),
        version: describeValue(item.version),
      });
      await this.healVersion(item, item.version);
      repairedVersion = true;
    }
    if (repairedVersion) return this.read(userId, true);
    // A new user has no item: the record's parser loads with the first user who has one.
    const { parseUserRecord } = await import("./parse-user-record");
    const stored = profile ? attributesOf(profile) : {};
    if (position) {
      for (const field of POSITION_FIELDS) {
        if (position[field] === undefined) delete stored[field];
        else stored[field] = position[field];
      }
    }
    // Object fields are stored as JSON text (item-codec.ts); text that cannot be read is
    // passed on as it is, for its field's parser to reject like any damaged value.
    const read = fromStoredFields(stored);
    const parsed = parseUserRecord(read.fields);
    const problem =
      read.problems.length === 0
        ? parsed.problem
        : [...read.problems, ...(parsed.problem ? [parsed.problem] : [])].join("; ");
    if (problem) {
      this.logger.warn("Stored user record repaired", { userId, problem });
    }
    return {
      record: parsed.record,
      version: usableVersionOf(profile),
      ...(position ? { positionVersion: usableVersionOf(position) } : {}),
      ...(parsed.lost ? { repaired: parsed.lost } : {}),
      ...(problem ? { damaged: true } : {}),
    };
  }

  /**
   * Rewrites an item as it is stored but with version 1, if its version is still the unusable
   * one read (another device may heal it first: then there is nothing to do). Every attribute
   * goes back as it was read, text fields as text and maps as maps.
   */
  private async healVersion(item: StoredItem, version: unknown): Promise<void> {
    const condition =
      version === undefined
        ? { ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(version)" }
        : typeof version === "string" || typeof version === "number" || typeof version === "boolean"
          ? {
              ConditionExpression: "version = :damaged",
              ExpressionAttributeValues: { ":damaged": version },
            }
          : {
              ConditionExpression: "attribute_type(version, :type)",
              ExpressionAttributeValues: {
                ":type": version === null ? "NULL" : Array.isArray(version) ? "L" : "M",
              },
            };
    try {
      await this.send("load", (client, TableName) =>
        client.send(
          new PutItemCommand({
            TableName,
            Item: toAttributes({ ...item, version: 1 }),
            ConditionExpression: condition.ConditionExpression,
            ...(condition.ExpressionAttributeValues
              ? { ExpressionAttributeValues: toAttributes(condition.ExpressionAttributeValues) }
              : {}),
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /**
   * Each item with a field that changed is written, conditional on its own version; the two
   * writes are independent, like the fields (merge-records.ts), and go out together. One
   * exception: the first position item of a user whose profile item still holds the position
   * is written first, and only then is the position taken out of the profile, so no failure
   * between the two can lose it.
   */
  async save(userId: string, base: StoredUser, next: UserRecord): Promise<StoredUser> {
    const whole = base.repaired !== undefined || base.damaged === true;
    const changed = changedFields(base.record, next);
    if (changed.length === 0 && !whole) return base;
    // A new user's first save puts both items, so a profile item without a position item is
    // always one written before the position had an item of its own.
    const position =
      whole || base.version === 0 || changed.some((field) => partOf(field) === "position");
    const movesOut = position && base.version > 0 && base.positionVersion === undefined;
    const profile = whole || movesOut || changed.some((field) => partOf(field) === "profile");
    const deadline = Date.now() + SAVE_RACE_BUDGET_MS;
    const savePosition = () => this.savePart("position", userId, base, next, deadline, false);
    const saveProfile = () => this.savePart("profile", userId, base, next, deadline, movesOut);
    let savedProfile: Saved | undefined;
    let savedPosition: Saved | undefined;
    if (movesOut) {
      savedPosition = await savePosition();
      savedProfile = await saveProfile();
    } else {
      // Both settle before the turn goes on: no write is left running after an answer.
      const [a, b] = await Promise.allSettled([
        profile ? saveProfile() : undefined,
        position ? savePosition() : undefined,
      ]);
      if (a.status === "rejected") throw a.reason;
      if (b.status === "rejected") throw b.reason;
      savedProfile = a.value;
      savedPosition = b.value;
    }
    // A part not written is as `next` has it (it did not change): without a race, that is
    // `next` itself, not a copy.
    const record = withPartOf(
      "position",
      savedProfile?.record ?? next,
      savedPosition?.record ?? next,
    );
    const positionVersion = savedPosition?.version ?? base.positionVersion;
    return {
      record,
      version: savedProfile?.version ?? base.version,
      ...(positionVersion !== undefined ? { positionVersion } : {}),
    };
  }

  /**
   * Writes `part` of `next` over `base`, merging with each write another device made first;
   * returns that part as stored (its fields in `record`) and the item's version.
   */
  private async savePart(
    part: RecordPart,
    userId: string,
    base: StoredUser,
    next: UserRecord,
    deadline: number,
    movesOut: boolean,
  ): Promise<Saved> {
    let current = base;
    let record = next;
    for (let attempt = 0; ; attempt++) {
      const written = await this.tryWrite(part, userId, current, record, movesOut);
      if (written === true) return { record, version: versionOf(part, current) + 1 };
      if (Date.now() >= deadline || attempt + 1 >= MAX_SAVE_ATTEMPTS) {
        throw new StorageError("save", { cause: new Error("too many concurrent writes") });
      }
      // Another device wrote first: wait a random moment ("full jitter"), then keep its
      // changes and re-apply ours on top.
      await sleep(Math.random() * Math.min(MAX_BACKOFF_MS, 2 ** (attempt + 1)));
      const items = written.latest && alongside(part, userId, written.latest, current);
      const latest = items ? await this.fromItems(userId, items, false) : await this.load(userId);
      // Merging loads with the first write another device beat.
      const { mergeRecords } = await import("./merge-records");
      record = mergeRecords(latest.record, base.record, next);
      // The other device already stored what we would: nothing left to write, no race to run.
      // (Taking the position out of the profile is always written: the record cannot show it.)
      if (
        !latest.damaged &&
        !(part === "profile" && movesOut) &&
        changedFields(latest.record, record).every((field) => partOf(field) !== part)
      )
        return { record: latest.record, version: versionOf(part, latest) };
      // What was just read is the new base: the next write sends what the merge changed in it.
      current = latest;
    }
  }

  async logWorkout(userId: string, entry: WorkoutLogEntry, requestId: string): Promise<void> {
    await this.send("logWorkout", (client, TableName) =>
      client.send(
        new PutItemCommand({
          TableName,
          Item: toAttributes({
            pk: userPartition(userId),
            sk: workoutSortKey(entry.endedAt, requestId),
            ...entry,
          }),
          // A retried request must not log the same workout twice.
          ConditionExpression: "attribute_not_exists(sk)",
        }),
      ),
    ).catch((error: unknown) => {
      if (isConditionFailure(error)) return;
      throw error;
    });
  }

  async recentWorkouts(
    userId: string,
    sinceIso: string,
    limit: number,
  ): Promise<WorkoutLogEntry[]> {
    const found = await this.queryItems("recentWorkouts", {
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: toAttributes({
        ":pk": userPartition(userId),
        ":from": `${WORKOUT_SORT_PREFIX}${sinceIso}`,
        // "~" sorts after every character an ISO time or request id uses.
        ":to": `${WORKOUT_SORT_PREFIX}~`,
      }),
      ScanIndexForward: false,
      Limit: limit,
    });
    return found.flatMap((item) => {
      const entry = parseWorkoutLogEntry(item);
      return entry ? [entry] : [];
    });
  }

  async deleteUser(userId: string): Promise<number> {
    let deleted = 0;
    let startKey: Attributes | undefined;
    do {
      const page = await this.send("deleteUser", (client, TableName) =>
        client.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: toAttributes({ ":pk": userPartition(userId) }),
            ProjectionExpression: "pk, sk",
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        ),
      );
      // The keys go back as they came, in DynamoDB's form.
      const keys = (page.Items ?? []).flatMap(({ pk, sk }) => (pk && sk ? [{ pk, sk }] : []));
      for (let i = 0; i < keys.length; i += 25) {
        await this.deleteKeys(keys.slice(i, i + 25));
      }
      deleted += keys.length;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return deleted;
  }

  /** One batch of up to 25 deletes, retrying whatever DynamoDB leaves unprocessed. */
  private async deleteKeys(keys: readonly Attributes[]): Promise<void> {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === MAX_UNPROCESSED_RETRIES) {
        throw new StorageError("deleteUser", { cause: new Error("items left unprocessed") });
      }
      const result = await this.send("deleteUser", (client, table) =>
        client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } })),
      );
      requests = (result.UnprocessedItems?.[this.tableName] ?? []).flatMap((r) =>
        r.DeleteRequest?.Key ? [{ DeleteRequest: { Key: r.DeleteRequest.Key } }] : [],
      );
    }
  }

  /**
   * A conditional write of `part` of `record` over `current`: true if written; if another write
   * got there first, the item as stored now (DynamoDB returns it with the failed condition,
   * saving a read per lost race), or undefined when the store does not return it. The position
   * item is small and always put whole. The profile item, over a clean one, gets only the fields
   * that changed (update-expression.ts), and `movesOut` also takes the position out of it; a new
   * user's first item, and a damaged one, are put whole, so the clean record replaces whatever
   * the damaged item held. Either way object fields travel as JSON text (item-codec.ts).
   */
  private async tryWrite(
    part: RecordPart,
    userId: string,
    current: StoredUser,
    record: UserRecord,
    movesOut: boolean,
  ): Promise<true | { readonly latest?: StoredItem }> {
    const Key = { pk: userPartition(userId), sk: sortKeyOf(part) };
    const version = versionOf(part, current);
    try {
      if (part === "profile" && version > 0 && !current.damaged && !current.repaired) {
        const fields = changedFields(current.record, record).filter(
          (field) => partOf(field) === "profile",
        );
        const update = changedFieldsUpdate(
          current.record,
          record,
          version,
          fields,
          movesOut ? POSITION_FIELDS : [],
        );
        await this.send("save", (client, TableName) =>
          client.send(
            new UpdateItemCommand({
              TableName,
              Key: toAttributes(Key),
              UpdateExpression: update.UpdateExpression,
              ConditionExpression: update.ConditionExpression,
              ...(update.ExpressionAttributeNames
                ? { ExpressionAttributeNames: update.ExpressionAttributeNames }
                : {}),
              ExpressionAttributeValues: toAttributes(update.ExpressionAttributeValues),
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
          ),
        );
      } else {
        const item = {
          ...Key,
          ...toStoredFields(fieldsOfPart(part, record)),
          version: version + 1,
        };
        await this.send("save", (client, TableName) =>
          client.send(
            new PutItemCommand({
              TableName,
              Item: toAttributes(item),
              ...(version === 0
                ? { ConditionExpression: "attribute_not_exists(pk)" }
                : {
                    ConditionExpression: "version = :expected",
                    ExpressionAttributeValues: toAttributes({ ":expected": version }),
                  }),
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
          ),
        );
      }
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const item = (error as { Item?: Attributes }).Item;
      return item ? { latest: fromAttributes(item) } : {};
    }
  }

  /**
   * The items `query` finds on the store's table, as plain values. They are read inside the
   * call: an item that cannot be read as plain values (a number JavaScript cannot hold) fails
   * the call, as an unreachable table would.
   */
  private queryItems(
    operation: string,
    query: Omit<QueryCommandInput, "TableName">,
  ): Promise<PlainItem[]> {
    return this.send(operation, (client, TableName) =>
      client
        .send(new QueryCommand({ ...query, TableName }))
        .then((result) => (result.Items ?? []).map(fromAttributes)),
    );
  }

  /**
   * Makes `call` with the store's client and table, giving up at the call's deadline. A failure
   * becomes a StorageError for `operation`; a failed condition stays as it is, for the caller.
   */
  private async send<Output>(
    operation: string,
    call: (client: DynamoDBClient, tableName: string) => Promise<Output>,
  ): Promise<Output> {
    try {
      return await withinBudget(call(this.client, this.tableName));
    } catch (error) {
      if (isConditionFailure(error)) throw error;
      throw new StorageError(operation, { cause: error });
    }
  }
}

/**
 * The call's answer, or a TimeoutError once STORE_CALL_BUDGET_MS is spent. The call is not
 * aborted: its own timeouts (dynamo-client.ts) end it soon after, and an abort signal handed
 * to the SDK cost the first call of every cold start about a millisecond (its listeners), and
 * AbortSignal.timeout() some 5 us and a finalization registration on every call.
 */
function withinBudget<T>(call: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(Object.assign(new Error("Store call over budget"), { name: "TimeoutError" }));
    }, STORE_CALL_BUDGET_MS);
  });
  return Promise.race([call, budget]).finally(() => clearTimeout(timer));
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ConditionalCheckFailedException";
}

/** An item as plain values (attribute-values.ts), keys and version included. */
type StoredItem = Record<string, unknown>;

/** What saving one part left stored: the part's fields in `record`, and its item's version. */
interface Saved {
  readonly record: UserRecord;
  readonly version: number;
}

function sortKeyOf(part: RecordPart): string {
  return part === "profile" ? PROFILE_SORT_KEY : POSITION_SORT_KEY;
}

/** The version `part`'s item is at, as far as `stored` knows: 0 when it has no item. */
function versionOf(part: RecordPart, stored: StoredUser): number {
  return part === "profile" ? stored.version : (stored.positionVersion ?? 0);
}

/** An item's version once it has been checked (fromItems heals any other first). */
function usableVersionOf(item: StoredItem | undefined): number {
  return item && isUsableVersion(item.version) ? item.version : 0;
}

/** An item's attributes without its keys and version: the record's fields as stored. */
function attributesOf(item: StoredItem): Record<string, unknown> {
  const { pk: _pk, sk: _sk, version: _version, ...attributes } = item;
  return attributes;
}

/**
 * The item a failed write returned, with the other one rebuilt from `current` (what this save
 * knows is stored there): what a Query would have read, but for the other device's changes to
 * the other item, which that item's own write deals with. Undefined when `current` knows of no
 * position item: one may have been made since, and only a read can tell.
 */
function alongside(
  part: RecordPart,
  userId: string,
  latest: StoredItem,
  current: StoredUser,
): { profile: StoredItem; position: StoredItem } | undefined {
  const other: RecordPart = part === "profile" ? "position" : "profile";
  const otherVersion = versionOf(other, current);
  if (other === "position" && current.positionVersion === undefined) return undefined;
  const rebuilt: StoredItem = {
    pk: userPartition(userId),
    sk: sortKeyOf(other),
    ...toStoredFields(fieldsOfPart(other, current.record)),
    version: otherVersion,
  };
  // A profile not yet written is rebuilt too, at version 0: the record still parses whole.
  return part === "profile"
    ? { profile: latest, position: rebuilt }
    : { profile: rebuilt, position: latest };
}

/** A version a conditional write can match and count up from. */
function isUsableVersion(version: unknown): version is number {
  return typeof version === "number" && Number.isSafeInteger(version) && version >= 0;
}
