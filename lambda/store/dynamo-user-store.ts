import { setTimeout as sleep } from "node:timers/promises";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import {
  type $Command,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  type DynamoDBDocumentClientResolvedConfig,
  GetCommand,
  PutCommand,
  QueryCommand,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { describeValue } from "../describe-value";
import { fromStoredFields, toStoredFields } from "./item-codec";
import { PROFILE_SORT_KEY, userPartition, WORKOUT_SORT_PREFIX, workoutSortKey } from "./keys";
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

/** Users on DynamoDB: one profile item per user, one item per workout done. */
export class DynamoUserStore implements UserStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly logger: StoreLogger,
  ) {}

  load(userId: string): Promise<StoredUser> {
    return this.read(userId, false);
  }

  /** Reads the user's item; `healed` says its version was just repaired (so never again). */
  private async read(userId: string, healed: boolean): Promise<StoredUser> {
    const result = await this.send(
      "load",
      (TableName) =>
        new GetCommand({
          TableName,
          Key: { pk: userPartition(userId), sk: PROFILE_SORT_KEY },
          ConsistentRead: true,
        }),
    );
    return this.fromItem(userId, result.Item, healed);
  }

  /** A user's item as read (by a GetItem, or returned by a failed conditional write). */
  private async fromItem(
    userId: string,
    item: Record<string, unknown> | undefined,
    healed: boolean,
  ): Promise<StoredUser> {
    if (!item) return { record: NEW_USER, version: 0 };
    const { pk: _pk, sk: _sk, version, ...stored } = item;
    if (!isUsableVersion(version)) {
      // No write could ever match a version like this: give the item a usable one, once.
      if (healed) throw new StorageError("load", { cause: new Error("version cannot be healed") });
      this.logger.warn("Stored user version repaired", { userId, version: describeValue(version) });
      await this.healVersion(item, version);
      return this.read(userId, true);
    }
    // A new user has no item: the record's parser loads with the first user who has one.
    const { parseUserRecord } = await import("./parse-user-record");
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
      version,
      ...(parsed.lost ? { repaired: parsed.lost } : {}),
      ...(problem ? { damaged: true } : {}),
    };
  }

  /**
   * Rewrites an item as it is stored but with version 1, if its version is still the unusable
   * one read (another device may heal it first: then there is nothing to do). Every attribute
   * goes back as it was read, text fields as text and maps as maps.
   */
  private async healVersion(item: Record<string, unknown>, version: unknown): Promise<void> {
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
      await this.send(
        "load",
        (TableName) => new PutCommand({ TableName, Item: { ...item, version: 1 }, ...condition }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async save(userId: string, base: StoredUser, next: UserRecord): Promise<StoredUser> {
    if (changedFields(base.record, next).length === 0 && !base.repaired && !base.damaged)
      return base;
    const deadline = Date.now() + SAVE_RACE_BUDGET_MS;
    let current = base;
    let record = next;
    for (let attempt = 0; ; attempt++) {
      const written = await this.tryWrite(userId, current, record);
      if (written === true) return { record, version: current.version + 1 };
      if (Date.now() >= deadline || attempt + 1 >= MAX_SAVE_ATTEMPTS) {
        throw new StorageError("save", { cause: new Error("too many concurrent writes") });
      }
      // Another device wrote first: wait a random moment ("full jitter"), then keep its
      // changes and re-apply ours on top.
      await sleep(Math.random() * Math.min(MAX_BACKOFF_MS, 2 ** (attempt + 1)));
      const latest = written.latest
        ? await this.fromItem(userId, written.latest, false)
        : await this.load(userId);
      // Merging loads with the first write another device beat.
      const { mergeRecords } = await import("./merge-records");
      record = mergeRecords(latest.record, base.record, next);
      // The other device already stored what we would: nothing left to write, no race to run.
      if (!latest.damaged && changedFields(latest.record, record).length === 0) return latest;
      // What was just read is the new base: the next write sends what the merge changed in it.
      current = latest;
    }
  }

  async logWorkout(userId: string, entry: WorkoutLogEntry, requestId: string): Promise<void> {
    await this.send(
      "logWorkout",
      (TableName) =>
        new PutCommand({
          TableName,
          Item: {
            pk: userPartition(userId),
            sk: workoutSortKey(entry.endedAt, requestId),
            ...entry,
          },
          // A retried request must not log the same workout twice.
          ConditionExpression: "attribute_not_exists(sk)",
        }),
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
    const result = await this.send(
      "recentWorkouts",
      (TableName) =>
        new QueryCommand({
          TableName,
          KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
          ExpressionAttributeValues: {
            ":pk": userPartition(userId),
            ":from": `${WORKOUT_SORT_PREFIX}${sinceIso}`,
            // "~" sorts after every character an ISO time or request id uses.
            ":to": `${WORKOUT_SORT_PREFIX}~`,
          },
          ScanIndexForward: false,
          Limit: limit,
        }),
    );
    return (result.Items ?? []).flatMap((item) => {
      const entry = parseWorkoutLogEntry(item);
      return entry ? [entry] : [];
    });
  }

  async deleteUser(userId: string): Promise<number> {
    let deleted = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.send(
        "deleteUser",
        (TableName) =>
          new QueryCommand({
            TableName,
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: { ":pk": userPartition(userId) },
            ProjectionExpression: "pk, sk",
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
      );
      const keys = (page.Items ?? []).map((item) => ({ pk: item.pk, sk: item.sk }));
      for (let i = 0; i < keys.length; i += 25) {
        await this.deleteKeys(keys.slice(i, i + 25));
      }
      deleted += keys.length;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return deleted;
  }

  /** One batch of up to 25 deletes, retrying whatever DynamoDB leaves unprocessed. */
  private async deleteKeys(keys: readonly Record<string, unknown>[]): Promise<void> {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === MAX_UNPROCESSED_RETRIES) {
        throw new StorageError("deleteUser", { cause: new Error("items left unprocessed") });
      }
      const result = await this.send(
        "deleteUser",
        (table) => new BatchWriteCommand({ RequestItems: { [table]: requests } }),
      );
      requests = (result.UnprocessedItems?.[this.tableName] ?? []).flatMap((r) =>
        r.DeleteRequest?.Key ? [{ DeleteRequest: { Key: r.DeleteRequest.Key } }] : [],
      );
    }
  }

  /**
   * A conditional write of `record` over `current`: true if written; if another write got there
   * first, what is stored now (DynamoDB returns it with the failed condition, saving a read per
   * lost race), or undefined when the store does not return it. Over a clean item only the
   * fields that changed are sent (update-expression.ts); a new user's first item, and a damaged
   * one, are put whole, so the clean record replaces whatever the damaged item held. Either
   * way object fields travel as JSON text (item-codec.ts).
   */
  private async tryWrite(
    userId: string,
    current: StoredUser,
    record: UserRecord,
  ): Promise<true | { readonly latest?: Record<string, unknown> }> {
    const Key = { pk: userPartition(userId), sk: PROFILE_SORT_KEY };
    try {
      if (current.version > 0 && !current.damaged && !current.repaired) {
        const update = changedFieldsUpdate(current.record, record, current.version);
        await this.send(
          "save",
          (TableName) =>
            new UpdateCommand({
              TableName,
              Key,
              ...update,
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
        );
      } else {
        await this.send(
          "save",
          (TableName) =>
            new PutCommand({
              TableName,
              Item: { ...Key, ...toStoredFields(record), version: current.version + 1 },
              ...(current.version === 0
                ? { ConditionExpression: "attribute_not_exists(pk)" }
                : {
                    ConditionExpression: "version = :expected",
                    ExpressionAttributeValues: { ":expected": current.version },
                  }),
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
        );
      }
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const item = (error as { Item?: Record<string, AttributeValue> }).Item;
      return item ? { latest: unmarshall(item) } : {};
    }
  }

  /**
   * Sends the command `build` makes for this table, giving up at the call's deadline. A failure
   * becomes a StorageError for `operation`; a failed condition stays as it is, for the caller.
   */
  private async send<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
    operation: string,
    build: (tableName: string) => StoreCommand<Input, Output>,
  ): Promise<Output> {
    try {
      return await withinBudget(this.client.send(build(this.tableName)));
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

/** A document-client command: Get, Put, Update, Query or BatchWrite. */
type StoreCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes> = $Command<
  Input,
  Output,
  DynamoDBDocumentClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes
>;

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ConditionalCheckFailedException";
}

/** A version a conditional write can match and count up from. */
function isUsableVersion(version: unknown): version is number {
  return typeof version === "number" && Number.isSafeInteger(version) && version >= 0;
}
