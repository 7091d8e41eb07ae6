import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFullProgression } from "../../bench/seasoned-user";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";
import { StorageError } from "../../lambda/store/user-store";
import { itemOf, type LocalTable, sortKeyOf, startLocalTable } from "../support/local-table";
import { PAUSED_HIIT } from "../support/stored-records";

/**
 * The workout position lives in an item of its own beside the profile (record-parts.ts): what
 * happens when that item is damaged, alone, carries what is not its own, or when one of the two
 * writes fails while the other lands.
 */

const warnings: { message: string; details: Record<string, unknown> }[] = [];
const logger = {
  warn: (message: string, details: Record<string, unknown>) => warnings.push({ message, details }),
};

let table: LocalTable;
let store: DynamoUserStore;
/** Requests to an item with this sort key fail as if the network dropped them. */
let failing: string | undefined;
/** A store on its own client, whose requests to the `failing` item fail before they are sent. */
let flaky: DynamoUserStore;

beforeAll(async () => {
  table = await startLocalTable();
  store = new DynamoUserStore(table.client, table.tableName, logger);
  const client = createStoreClient({ endpoint: table.dynamo.endpoint });
  client.middlewareStack.add(
    (next) => (args) => {
      // The store's client sends attribute values: `{ S: "PROFILE" }`.
      const input = args.input as { Key?: { sk?: { S?: string } }; Item?: { sk?: { S?: string } } };
      const sk = input.Key?.sk?.S ?? input.Item?.sk?.S;
      if (failing !== undefined && sk === failing) {
        return Promise.reject(Object.assign(new Error("socket hang up"), { name: "TimeoutError" }));
      }
      return next(args);
    },
    { step: "initialize", name: "failOneItem" },
  );
  flaky = new DynamoUserStore(client, table.tableName, logger);
});
afterAll(() => table.close());

const paused = PAUSED_HIIT;
const seasoned: UserRecord = {
  ...withFullProgression(NEW_USER),
  disclaimerHeard: true,
  progress: paused,
  progressAt: "2026-11-22T09:00:00.000Z",
  equipment: "band",
};

const put = (userId: string, sk: string, item: Record<string, unknown>) =>
  table.documents.send(
    new PutCommand({ TableName: table.tableName, Item: { pk: `USER#${userId}`, sk, ...item } }),
  );
const raw = (userId: string, sk: string) => itemOf(table, userId, sk);
const text = (value: unknown) => JSON.stringify(value);

describe("the position item", () => {
  it("wins over a position the profile item still holds, and nothing else of it is read", async () => {
    await put("both", "PROFILE", {
      version: 4,
      schemaVersion: 1,
      disclaimerHeard: true,
      progress: text({ ...paused, segmentIndex: 1 }),
      equipment: "band",
    });
    // What is not the position's is ignored in its item: it cannot change the profile.
    await put("both", "PROFILE#POSITION", {
      version: 9,
      progress: text(paused),
      variety: text({ praise: 2 }),
      equipment: "dumbbells",
      disclaimerHeard: false,
    });
    expect(await store.load("both")).toEqual({
      record: {
        ...NEW_USER,
        disclaimerHeard: true,
        equipment: "band",
        progress: paused,
        variety: { praise: 2 },
      },
      version: 4,
      positionVersion: 9,
    });
  });

  it("is repaired like any damaged field when its text is unreadable, and written back whole", async () => {
    await store.save("garbled-position", { record: NEW_USER, version: 0 }, seasoned);
    await put("garbled-position", "PROFILE#POSITION", {
      version: 3,
      progress: '{"workoutId":',
      variety: "[]",
    });
    const loaded = await store.load("garbled-position");
    // The item as damaged holds no progressAt: only what it holds is read, never the profile's.
    const { progress: _lost, progressAt: _at, ...rest } = seasoned;
    expect(loaded).toEqual({
      record: { ...rest, variety: {} },
      version: 1,
      positionVersion: 3,
      repaired: ["progress"],
      damaged: true,
    });
    expect(warnings.at(-1)).toMatchObject({
      message: "Stored user record repaired",
      details: { userId: "garbled-position", problem: expect.stringMatching(/^progress text/) },
    });
    await store.save("garbled-position", loaded, loaded.record);
    expect(await raw("garbled-position", "PROFILE#POSITION")).toEqual({
      pk: "USER#garbled-position",
      sk: "PROFILE#POSITION",
      variety: "{}",
      version: 4,
    });
    expect(await store.load("garbled-position")).toEqual({
      record: loaded.record,
      version: 2,
      positionVersion: 4,
    });
  });

  it("gets a usable version once when its own cannot be matched, and saves land after", async () => {
    await store.save("bad-version", { record: NEW_USER, version: 0 }, seasoned);
    const item = await raw("bad-version", "PROFILE#POSITION");
    await put("bad-version", "PROFILE#POSITION", { ...item, version: "seven" });
    const loaded = await store.load("bad-version");
    expect(loaded).toEqual({ record: seasoned, version: 1, positionVersion: 1 });
    expect(warnings.at(-1)).toMatchObject({
      message: "Stored user version repaired",
      details: { userId: "bad-version", item: "PROFILE#POSITION", version: "seven" },
    });
    const next = { ...loaded.record, progress: { ...paused, segmentIndex: 3 } };
    expect(await store.save("bad-version", loaded, next)).toEqual({
      record: next,
      version: 1,
      positionVersion: 2,
    });
  });

  it("alone, without a profile item, still reads the position and is written back whole", async () => {
    await put("position-only", "PROFILE#POSITION", {
      version: 2,
      progress: text(paused),
      variety: text({ praise: 1 }),
    });
    const loaded = await store.load("position-only");
    expect(loaded).toMatchObject({
      record: { ...NEW_USER, progress: paused, variety: { praise: 1 } },
      version: 0,
      positionVersion: 2,
      damaged: true,
    });
    await store.save("position-only", loaded, loaded.record);
    expect(await store.load("position-only")).toEqual({
      record: loaded.record,
      version: 1,
      positionVersion: 3,
    });
  });
});

describe("one of the two writes failing", () => {
  it("keeps the position in the profile item written before when its own item cannot be written", async () => {
    await put("mover-out", "PROFILE", { version: 5, ...seasoned });
    const base = await flaky.load("mover-out");
    expect(base.positionVersion).toBeUndefined();
    failing = "PROFILE#POSITION";
    try {
      const next = { ...base.record, progress: { ...paused, segmentIndex: 4 } };
      await expect(flaky.save("mover-out", base, next)).rejects.toBeInstanceOf(StorageError);
    } finally {
      failing = undefined;
    }
    // The profile was not touched: where the user stopped is still where it was.
    expect(await store.load("mover-out")).toEqual({ record: seasoned, version: 5 });
  });

  it("lands the position when the profile write fails, and the retry writes only the rest", async () => {
    await store.save("half-saved", { record: NEW_USER, version: 0 }, seasoned);
    const base = await store.load("half-saved");
    const next: UserRecord = {
      ...base.record,
      equipment: "dumbbells",
      progress: { ...paused, segmentIndex: 5 },
    };
    failing = "PROFILE";
    try {
      await expect(flaky.save("half-saved", base, next)).rejects.toBeInstanceOf(StorageError);
    } finally {
      failing = undefined;
    }
    expect(await store.load("half-saved")).toMatchObject({
      record: { equipment: "band", progress: next.progress },
      version: 1,
      positionVersion: 2,
    });
    // The turn's state still holds the old base: the next save finds the position already
    // stored (nothing more written there) and lands the kit.
    const before = table.sent.length;
    expect(await store.save("half-saved", base, next)).toEqual({
      record: next,
      version: 2,
      positionVersion: 2,
    });
    expect(await store.load("half-saved")).toEqual({
      record: next,
      version: 2,
      positionVersion: 2,
    });
    const writes = table.sent
      .slice(before)
      .filter((request) => request.command !== "QueryCommand")
      .map(sortKeyOf);
    // The position's put lost to its own earlier write, once; the profile was updated.
    expect(writes.filter((sk) => sk === "PROFILE")).toEqual(["PROFILE"]);
    expect(writes.filter((sk) => sk === "PROFILE#POSITION")).toEqual(["PROFILE#POSITION"]);
  });
});
