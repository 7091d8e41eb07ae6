import { type AttributeValue, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFullProgression } from "../../bench/seasoned-user";
import type { WorkoutProgress } from "../../lambda/coach";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";
import { StorageError } from "../../lambda/store/user-store";
import {
  itemOf,
  type LocalTable,
  type SentRequest,
  sortKeyOf,
  startLocalTable,
} from "../support/local-table";
import { storeBackend } from "../support/store-backend";
import { PAUSED_HIIT } from "../support/stored-records";

const warnings: { message: string; details: Record<string, unknown> }[] = [];
const logger = {
  warn: (message: string, details: Record<string, unknown>) => warnings.push({ message, details }),
};

let table: LocalTable;
let store: DynamoUserStore;

beforeAll(async () => {
  table = await startLocalTable();
  store = new DynamoUserStore(table.client, table.tableName, logger);
});
afterAll(() => table.close());

const paused = PAUSED_HIIT;
const inWorkout: UserRecord = { ...NEW_USER, disclaimerHeard: true, progress: paused };
/** A user of long standing: a full progression record, a profile, tips heard, mid-workout. */
const seasoned: UserRecord = {
  ...withFullProgression(NEW_USER),
  disclaimerHeard: true,
  progress: paused,
  progressAt: "2026-11-22T09:00:00.000Z",
  profile: { sex: "female", ageYears: 40, heightCm: 170, weightKg: 65, activity: "light" },
  tips: {
    heard: { protein: ["protein-1", "protein-2"] },
    lastTipId: "protein-2",
    lastTopic: "protein",
  },
  equipment: "band",
  handsFree: true,
};

const isWrite = (call: string) => call === "PutItemCommand" || call === "UpdateItemCommand";

/** The user's profile item as the table holds it. */
function rawProfile(userId: string): Promise<Record<string, unknown> | undefined> {
  return rawItem(userId, "PROFILE");
}

/** The user's position item (progress, progressAt, variety) as the table holds it. */
function rawPosition(userId: string): Promise<Record<string, unknown> | undefined> {
  return rawItem(userId, "PROFILE#POSITION");
}

function rawItem(userId: string, sk: string): Promise<Record<string, unknown> | undefined> {
  return itemOf(table, userId, sk);
}

/** Which item a write request went to: its sort key. */
const itemOfRequest = (request: SentRequest) => sortKeyOf(request) ?? "no key";

/** A stored user at version 1, written as the store writes a new user. */
async function seeded(userId: string, record: UserRecord) {
  await store.save(userId, { record: NEW_USER, version: 0 }, record);
  return store.load(userId);
}

/** The JSON an attribute holds as text: fails the test if it is not a string. */
function textOf(value: unknown): unknown {
  expect(typeof value).toBe("string");
  return JSON.parse(String(value));
}

/** Writes a user's item as it might sit in the table, bypassing the store's checks. */
function putRawProfile(userId: string, item: Record<string, unknown>) {
  return table.documents.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { pk: `USER#${userId}`, sk: "PROFILE", ...item },
    }),
  );
}

describe("DynamoUserStore", () => {
  it("reads a user it has never seen as a new user at version 0", async () => {
    expect(await store.load("new-user")).toEqual({ record: NEW_USER, version: 0 });
  });

  it("writes a new user, then reads back exactly what it wrote", async () => {
    const saved = await store.save("alice", { record: NEW_USER, version: 0 }, inWorkout);
    expect(saved).toEqual({ record: inWorkout, version: 1, positionVersion: 1 });
    expect(await store.load("alice")).toEqual({
      record: inWorkout,
      version: 1,
      positionVersion: 1,
    });
  });

  it("does not write when nothing changed", async () => {
    const before = table.calls.length;
    const loaded = await store.load("alice");
    await store.save("alice", loaded, loaded.record);
    // One Query reads both of the user's items.
    expect(table.calls.slice(before)).toEqual(["QueryCommand"]);
  });

  it("merges with another device's write instead of overwriting it", async () => {
    const base = await seeded("bob", { ...NEW_USER, tips: seasoned.tips });
    const calls = table.calls.length;
    // Device A stores the kit the user has.
    const a = await store.save("bob", base, { ...base.record, equipment: "band" });
    expect(a.version).toBe(2);
    // Device B, still holding version 1, stores that the health note was heard: its update
    // loses the race, and the merge lands on top of A's.
    const b = await store.save("bob", base, { ...base.record, disclaimerHeard: true });
    expect(b.version).toBe(3);
    expect((await store.load("bob")).record).toEqual({
      ...NEW_USER,
      tips: seasoned.tips,
      disclaimerHeard: true,
      equipment: "band",
    });
    // Updates only; DynamoDB Local returns the item with the failed condition, so the lost race
    // costs no read there (dynalite does not, so the store reads it).
    expect(table.calls.slice(calls)).toEqual([
      "UpdateItemCommand",
      "UpdateItemCommand",
      ...(storeBackend() === "dynalite" ? ["QueryCommand"] : []),
      "UpdateItemCommand",
      "QueryCommand",
    ]);
  });

  it("lets two devices write the position and the rest at once without a race", async () => {
    const base = await seeded("split", { ...NEW_USER, tips: seasoned.tips });
    const before = table.sent.length;
    // The phone moves the workout on while the speaker records the health note: each writes
    // the item its field lives in, and neither has to wait for, re-read or merge with the other.
    const [phone, speaker] = await Promise.all([
      store.save("split", base, { ...base.record, progress: paused }),
      store.save("split", base, { ...base.record, disclaimerHeard: true }),
    ]);
    expect(phone).toMatchObject({ version: 1, positionVersion: 2 });
    expect(speaker).toMatchObject({ version: 2, positionVersion: 1 });
    expect(
      table.sent.slice(before).map((request) => [request.command, itemOfRequest(request)]),
    ).toEqual(
      expect.arrayContaining([
        ["PutItemCommand", "PROFILE#POSITION"],
        ["UpdateItemCommand", "PROFILE"],
      ]),
    );
    expect(table.sent.length - before).toBe(2);
    expect(await store.load("split")).toEqual({
      record: { ...NEW_USER, tips: seasoned.tips, disclaimerHeard: true, progress: paused },
      version: 2,
      positionVersion: 2,
    });
  });

  it("lets this session's change win on the field both devices changed", async () => {
    const base = await store.load("carol");
    await store.save("carol", base, { ...base.record, variety: { praise: 3 } });
    await store.save("carol", base, { ...base.record, variety: { praise: 4 } });
    expect((await store.load("carol")).record.variety).toEqual({ praise: 4 });
  });

  it("lands every save when 30 devices write at once, each change intact", async () => {
    const base = await seeded("many-devices", { ...NEW_USER, equipment: "band" });
    const calls = table.sent.length;
    // Each device changes its own field: its position, the note, its tips, its profile...
    const changes: Partial<UserRecord>[] = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? { disclaimerHeard: true }
        : i === 1
          ? { profile: { ageYears: 40 } }
          : { progress: { ...paused, segmentIndex: 2 + (i % 3) } },
    );
    const saved = await Promise.all(
      changes.map((change) => store.save("many-devices", base, { ...base.record, ...change })),
    );
    // Nobody gave up: every save ended on a stored version of the item it wrote (a device whose
    // change another had already stored wrote nothing more), and every change was kept.
    const profileVersions = saved.slice(0, 2).map((s) => s.version);
    const positionVersions = saved.slice(2).map((s) => s.positionVersion ?? 0);
    expect(profileVersions.sort()).toEqual([2, 3]);
    const final = Math.max(...positionVersions);
    expect(positionVersions.every((version) => version >= 2 && version <= final)).toBe(true);
    expect(final).toBeGreaterThanOrEqual(3);
    expect(final).toBeLessThanOrEqual(29);
    const loaded = await store.load("many-devices");
    expect(loaded).toMatchObject({ version: 3, positionVersion: final });
    const { record } = loaded;
    expect(record.disclaimerHeard).toBe(true);
    expect(record.profile).toEqual({ ageYears: 40 });
    expect([2, 3, 4]).toContain(record.progress?.segmentIndex);
    // The field no device touched is intact; the profile got updates of changed fields only,
    // the position item small whole puts.
    expect(record.equipment).toBe("band");
    const writes = table.sent.slice(calls).filter((request) => isWrite(request.command));
    expect(writes.length).toBeGreaterThanOrEqual(30);
    expect(
      new Set(writes.map((request) => `${request.command} ${itemOfRequest(request)}`)),
    ).toEqual(new Set(["UpdateItemCommand PROFILE", "PutItemCommand PROFILE#POSITION"]));
  });

  it("writes nothing more when another device already stored the same change", async () => {
    const base = await store.load("twin-devices");
    const calls = table.calls.length;
    const [first, second] = await Promise.all([
      store.save("twin-devices", base, inWorkout),
      store.save("twin-devices", base, inWorkout),
    ]);
    // One device wrote both items; the other found its change stored in each and did not race
    // to write it again: two first tries per device, no retry.
    expect([first, second]).toEqual([
      { record: inWorkout, version: 1, positionVersion: 1 },
      { record: inWorkout, version: 1, positionVersion: 1 },
    ]);
    expect(table.calls.slice(calls).filter(isWrite)).toHaveLength(4);
    expect(await store.load("twin-devices")).toEqual({
      record: inWorkout,
      version: 1,
      positionVersion: 1,
    });
  });

  it("repairs a damaged record field by field and logs it", async () => {
    await putRawProfile("dave", {
      version: 7,
      schemaVersion: 1,
      disclaimerHeard: true,
      progress: { workoutId: "retired-workout", segmentIndex: 3, status: "active" },
      variety: "garbage",
      tips: { heard: { protein: ["protein-1"] } },
    });
    const loaded = await store.load("dave");
    expect(loaded.version).toBe(7);
    expect(loaded.record).toEqual({
      ...NEW_USER,
      disclaimerHeard: true,
      tips: { heard: { protein: ["protein-1"] } },
    });
    expect(warnings.at(-1)).toMatchObject({
      message: "Stored user record repaired",
      details: { userId: "dave", problem: expect.stringContaining("progress") },
    });
    // The workout position was lost (the user is told); the damaged variety was not noticeable.
    expect(loaded.repaired).toEqual(["progress"]);
    // The next save writes the clean record even though this session changed nothing: both
    // items whole, the position in an item of its own from now on.
    expect(await store.save("dave", loaded, loaded.record)).toEqual({
      record: loaded.record,
      version: 8,
      positionVersion: 1,
    });
    expect(await store.load("dave")).toEqual({
      record: loaded.record,
      version: 8,
      positionVersion: 1,
    });
  });

  it("reads an older schema's record as far as it can", async () => {
    await putRawProfile("erin", {
      version: 2,
      schemaVersion: 0,
      disclaimerHeard: true,
    });
    // Read as far as it can, and marked to be written back in today's schema.
    expect(await store.load("erin")).toEqual({
      record: { ...NEW_USER, disclaimerHeard: true },
      version: 2,
      damaged: true,
    });
  });

  it("logs each workout as its own item, once per request", async () => {
    const entry = {
      workoutId: "hiit",
      endedAt: "2026-11-22T10:00:00.000Z",
      completed: true,
      minutes: 15,
      moves: 2,
      totalMoves: 2,
    };
    await store.logWorkout("frank", entry, "req-1");
    await store.logWorkout("frank", entry, "req-1");
    await store.logWorkout("frank", entry, "req-2");
    const items = await table.documents.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :w)",
        ExpressionAttributeValues: { ":pk": "USER#frank", ":w": "WORKOUT#" },
      }),
    );
    expect(items.Items).toHaveLength(2);
    expect(items.Items?.[0]).toMatchObject(entry);
  });

  it("stores only the record's fields and a version in each item", async () => {
    expect(Object.keys((await rawProfile("alice")) ?? {}).sort()).toEqual(
      ["disclaimerHeard", "pk", "schemaVersion", "sk", "tips", "version"].sort(),
    );
    expect(Object.keys((await rawPosition("alice")) ?? {}).sort()).toEqual(
      ["pk", "progress", "sk", "variety", "version"].sort(),
    );
  });

  it("fails fast with a StorageError when DynamoDB is unreachable", async () => {
    const down = new DynamoUserStore(
      createStoreClient({ endpoint: "http://127.0.0.1:9" }),
      "t",
      logger,
    );
    const started = performance.now();
    await expect(down.load("alice")).rejects.toBeInstanceOf(StorageError);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("fails a load with a StorageError, not a crash, when an item's number cannot be read", async () => {
    // DynamoDB takes 1.5E+30 as a number; JavaScript can hold it neither exactly nor as a BigInt.
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: {
          pk: { S: "USER#unreadable-number" },
          sk: { S: "PROFILE" },
          version: { N: "1.5E+30" },
          disclaimerHeard: { BOOL: true },
        },
      }),
    );
    const failed = store.load("unreadable-number");
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ operation: "load" });
  });
});

describe("a save writes only the fields that changed", () => {
  const moved: WorkoutProgress = { ...paused, segmentIndex: 3, varietyAtSegment: { praise: 2 } };

  it("writes a new user's first record whole, only if no item is there yet", async () => {
    const before = table.sent.length;
    await store.save("first-save", { record: NEW_USER, version: 0 }, seasoned);
    const sent = table.sent.slice(before);
    expect(sent.map(itemOfRequest).sort()).toEqual(["PROFILE", "PROFILE#POSITION"]);
    for (const request of sent)
      expect(request).toEqual(
        expect.objectContaining({
          command: "PutItemCommand",
          input: expect.objectContaining({ ConditionExpression: "attribute_not_exists(pk)" }),
        }),
      );
    expect(await store.load("first-save")).toEqual({
      record: seasoned,
      version: 1,
      positionVersion: 1,
    });
  });

  it("moves the position with a small put of its own item; the profile is not touched", async () => {
    const before = table.sent.length;
    const base = await seeded("mover", seasoned);
    const profileBytes = table.sent
      .slice(before)
      .find((request) => itemOfRequest(request) === "PROFILE")?.bytes;
    const next: UserRecord = {
      ...base.record,
      progress: moved,
      progressAt: "2026-11-22T09:01:00.000Z",
      variety: { praise: 2 },
    };
    const start = table.sent.length;
    expect(await store.save("mover", base, next)).toEqual({
      record: next,
      version: 1,
      positionVersion: 2,
    });
    const [put, ...more] = table.sent.slice(start);
    expect(more).toEqual([]);
    expect(put?.command).toBe("PutItemCommand");
    expect(itemOfRequest(put as SentRequest)).toBe("PROFILE#POSITION");
    expect(put?.input.ConditionExpression).toBe("version = :expected");
    // Only the position's fields travel: not the progression record, the profile or the tips.
    // Each object field goes as one string attribute holding its JSON, not a map.
    expect(put?.input.Item).toEqual({
      pk: { S: "USER#mover" },
      sk: { S: "PROFILE#POSITION" },
      progress: { S: JSON.stringify(moved) },
      progressAt: { S: "2026-11-22T09:01:00.000Z" },
      variety: { S: '{"praise":2}' },
      version: { N: "2" },
    });
    expect(put?.bytes).toBeLessThan((profileBytes ?? 0) / 4);
    // Read back, the record is the whole new one: every field it did not send is intact.
    expect(await store.load("mover")).toEqual({ record: next, version: 1, positionVersion: 2 });
    expect(next.progression).toEqual(seasoned.progression);
    const { progress: _p, progressAt: _at, variety: _v, ...rest } = next;
    expect(Object.keys((await rawProfile("mover")) ?? {}).sort()).toEqual(
      ["pk", "sk", "version", ...Object.keys(rest)].sort(),
    );
  });

  it("removes a field the record no longer has: the workout over, hands-free off", async () => {
    const base = await seeded("finisher", seasoned);
    const { progress: _done, handsFree: _off, ...rest } = base.record;
    const next: UserRecord = { ...rest, progressAt: "2026-11-22T09:20:00.000Z" };
    const before = table.sent.length;
    await store.save("finisher", base, next);
    // One write per item, each with what changed in it.
    expect(
      table.sent
        .slice(before)
        .map((request) => `${request.command} ${itemOfRequest(request)}`)
        .sort(),
    ).toEqual(["PutItemCommand PROFILE#POSITION", "UpdateItemCommand PROFILE"]);
    const item = await rawProfile("finisher");
    expect(item).not.toHaveProperty("handsFree");
    expect(textOf(item?.progression)).toEqual(seasoned.progression);
    const position = await rawPosition("finisher");
    expect(position).not.toHaveProperty("progress");
    expect(position?.progressAt).toBe("2026-11-22T09:20:00.000Z");
    expect(await store.load("finisher")).toEqual({ record: next, version: 2, positionVersion: 2 });
  });

  it("lands both devices' changes when an update loses the race, without re-sending the rest", async () => {
    const base = await seeded("racer", seasoned);
    const tips = { ...seasoned.tips, heard: { protein: ["protein-1", "protein-2", "protein-3"] } };
    const phone: UserRecord = {
      ...base.record,
      tips,
      progress: moved,
      progressAt: "2026-11-22T09:01:00.000Z",
    };
    const { handsFree: _off, ...withoutHandsFree } = base.record;
    const speaker: UserRecord = { ...withoutHandsFree, pace: 1.2 };
    const before = table.sent.length;
    const [a, b] = await Promise.all([
      store.save("racer", base, phone),
      store.save("racer", base, speaker),
    ]);
    expect([a.version, b.version].sort()).toEqual([2, 3]);
    expect(await store.load("racer")).toEqual({
      record: {
        ...withoutHandsFree,
        tips,
        progress: moved,
        progressAt: phone.progressAt,
        pace: 1.2,
      },
      version: 3,
      positionVersion: 2,
    });
    // The profile item: three updates (two first tries, the loser's merged retry), no put; none
    // sent the progression record nobody changed. The position item: the phone's one put.
    const writes = table.sent.slice(before).filter((request) => isWrite(request.command));
    expect(writes.filter((request) => itemOfRequest(request) === "PROFILE#POSITION")).toHaveLength(
      1,
    );
    expect(
      writes
        .filter((request) => itemOfRequest(request) === "PROFILE")
        .map((request) => request.command),
    ).toEqual(["UpdateItemCommand", "UpdateItemCommand", "UpdateItemCommand"]);
    for (const write of writes)
      expect(Object.values(write.input.ExpressionAttributeNames ?? {})).not.toContain(
        "progression",
      );
    // Both changes landed in the text fields: the phone's tips as text, beside the progression
    // the first save wrote as text and nobody rewrote; its position in its own item.
    const item = await rawProfile("racer");
    expect(textOf(item?.tips)).toEqual(tips);
    expect(textOf((await rawPosition("racer"))?.progress)).toEqual(moved);
    expect(item?.pace).toBe(1.2);
    expect(textOf(item?.progression)).toEqual(seasoned.progression);
  });

  it("rewrites a damaged item whole, so what only the damaged item had is gone", async () => {
    await putRawProfile("damaged-whole", {
      version: 4,
      schemaVersion: 1,
      disclaimerHeard: true,
      variety: "garbage",
      profile: { ageYears: 40 },
      streak: 12,
      legacy: { theme: "dark" },
    });
    const loaded = await store.load("damaged-whole");
    expect(loaded.damaged).toBe(true);
    const before = table.sent.length;
    const next: UserRecord = { ...loaded.record, progress: paused };
    await store.save("damaged-whole", loaded, next);
    // The position's first item is put before the profile is put without it, so no failure
    // between the two can lose it.
    expect(
      table.sent.slice(before).map((request) => `${request.command} ${itemOfRequest(request)}`),
    ).toEqual(["PutItemCommand PROFILE#POSITION", "PutItemCommand PROFILE"]);
    const item = await rawProfile("damaged-whole");
    expect(item).not.toHaveProperty("streak");
    expect(item).not.toHaveProperty("legacy");
    expect(item).not.toHaveProperty("variety");
    expect(item).not.toHaveProperty("progress");
    const position = await rawPosition("damaged-whole");
    expect(position?.variety).toBe("{}");
    expect(textOf(position?.progress)).toEqual(paused);
    expect(await store.load("damaged-whole")).toEqual({
      record: next,
      version: 5,
      positionVersion: 1,
    });
  });

  it("goes by the base's flags: a base read clean is updated, even over an item damaged since", async () => {
    // The store only knows what the base says; the skill keeps the damage flags on the base for
    // any real change (save-turn.ts). Without them the change lands on its own and the damage
    // stays stored, still found by the next read.
    await putRawProfile("untold", {
      version: 2,
      schemaVersion: 1,
      disclaimerHeard: true,
      progress: { workoutId: "retired-workout", segmentIndex: 3, status: "paused" },
    });
    const { repaired, damaged: _flag, ...unflagged } = await store.load("untold");
    expect(repaired).toEqual(["progress"]);
    const next: UserRecord = { ...unflagged.record, equipment: "dumbbells" };
    await store.save("untold", unflagged, next);
    expect((await rawProfile("untold"))?.equipment).toBe("dumbbells");
    expect(await store.load("untold")).toEqual({
      record: next,
      version: 3,
      repaired: ["progress"],
      damaged: true,
    });
  });
});

describe("object fields are stored as JSON text", () => {
  const moved: WorkoutProgress = { ...paused, segmentIndex: 4, varietyAtSegment: { praise: 3 } };
  /** What each attribute of a request's item is, by DynamoDB's type letters. */
  const typesOf = (item: Readonly<Record<string, AttributeValue>> | undefined) =>
    Object.fromEntries(
      Object.entries(item ?? {}).map(([name, value]) => [name, Object.keys(value)]),
    );

  it("puts a new user's items with one string per object field and scalars as themselves", async () => {
    const before = table.sent.length;
    await store.save("texts", { record: NEW_USER, version: 0 }, seasoned);
    const sent = table.sent.slice(before);
    const put = (sk: string) =>
      sent.find((request) => request.command === "PutItemCommand" && itemOfRequest(request) === sk);
    expect(typesOf(put("PROFILE")?.input.Item)).toEqual({
      pk: ["S"],
      sk: ["S"],
      version: ["N"],
      schemaVersion: ["N"],
      disclaimerHeard: ["BOOL"],
      tips: ["S"],
      profile: ["S"],
      equipment: ["S"],
      progression: ["S"],
      handsFree: ["BOOL"],
    });
    expect(typesOf(put("PROFILE#POSITION")?.input.Item)).toEqual({
      pk: ["S"],
      sk: ["S"],
      version: ["N"],
      progress: ["S"],
      progressAt: ["S"],
      variety: ["S"],
    });
    const item = await rawProfile("texts");
    expect(textOf(item?.progression)).toEqual(seasoned.progression);
    expect(textOf(item?.profile)).toEqual(seasoned.profile);
    expect((await rawPosition("texts"))?.progressAt).toBe(seasoned.progressAt);
  });

  it("loads an item written before (maps) exactly; a save turns only what it changed into text", async () => {
    await putRawProfile("veteran", { version: 3, ...seasoned });
    const loaded = await store.load("veteran");
    expect(loaded).toEqual({ record: seasoned, version: 3 });
    const warned = warnings.length;
    const next: UserRecord = {
      ...loaded.record,
      progress: moved,
      progressAt: "2026-11-22T09:02:00.000Z",
      variety: { praise: 3 },
    };
    const before = table.sent.length;
    await store.save("veteran", loaded, next);
    // The position moves out of the profile item written before: first its own item, then
    // the profile loses it (nothing else of the profile is sent).
    const [put, update, ...more] = table.sent.slice(before);
    expect(more).toEqual([]);
    expect(put && `${put.command} ${itemOfRequest(put)}`).toBe("PutItemCommand PROFILE#POSITION");
    expect(update && `${update.command} ${itemOfRequest(update)}`).toBe(
      "UpdateItemCommand PROFILE",
    );
    expect(update?.input.UpdateExpression).toMatch(/^SET version = :next REMOVE #r0, #r1, #r2$/);
    // The moved fields are text in the position item; the ones the save left alone are still
    // the maps they were.
    const position = await rawPosition("veteran");
    expect(textOf(position?.progress)).toEqual(moved);
    expect(textOf(position?.variety)).toEqual({ praise: 3 });
    const item = await rawProfile("veteran");
    expect(item).not.toHaveProperty("progress");
    expect(item).not.toHaveProperty("progressAt");
    expect(item).not.toHaveProperty("variety");
    expect(item?.progression).toEqual(seasoned.progression);
    expect(item?.tips).toEqual(seasoned.tips);
    expect(item?.profile).toEqual(seasoned.profile);
    // Read back whole, half text and half maps, as a clean record: no repair, nothing logged.
    const again = await store.load("veteran");
    expect(again).toEqual({ record: next, version: 4, positionVersion: 1 });
    expect(warnings.length).toBe(warned);
    // A later save of another field turns that one into text too, and the rest still reads.
    const tips = { ...seasoned.tips, heard: { protein: ["protein-1", "protein-2", "protein-3"] } };
    await store.save("veteran", again, { ...next, tips });
    expect(textOf((await rawProfile("veteran"))?.tips)).toEqual(tips);
    expect((await rawProfile("veteran"))?.progression).toEqual(seasoned.progression);
    expect(await store.load("veteran")).toEqual({
      record: { ...next, tips },
      version: 5,
      positionVersion: 1,
    });
  });

  it("repairs damaged text field by field and logs it, then writes the record back clean", async () => {
    const fine = toText(seasoned);
    await putRawProfile("garbled", {
      ...fine,
      version: 6,
      progress: '{"workoutId":"hiit","segmentIndex":',
      profile: JSON.stringify({ sex: "female", ageYears: 3, heightCm: 170 }),
      tips: `{"heard":"${"x".repeat(70_000)}"}`,
      variety: "null",
    });
    const loaded = await store.load("garbled");
    const { progress: _lost, ...rest } = seasoned;
    // What could be read is kept (the progression, the profile's height, the scalars).
    expect(loaded).toEqual({
      record: {
        ...rest,
        profile: { sex: "female", heightCm: 170 },
        tips: NEW_USER.tips,
        variety: {},
      },
      version: 6,
      repaired: ["progress", "profile"],
      damaged: true,
    });
    expect(warnings.at(-1)).toMatchObject({
      message: "Stored user record repaired",
      details: {
        userId: "garbled",
        problem: expect.stringMatching(
          /^progress text is not JSON; variety text is not a JSON object; tips text over 65536 characters; .*profile ageYears/,
        ),
      },
    });
    // The next save puts the clean record whole, every object field as readable text again.
    const calls = table.calls.length;
    await store.save("garbled", loaded, loaded.record);
    expect(table.calls.slice(calls)).toEqual(["PutItemCommand", "PutItemCommand"]);
    const item = await rawProfile("garbled");
    expect(textOf(item?.tips)).toEqual(NEW_USER.tips);
    expect(item).not.toHaveProperty("variety");
    expect(item).not.toHaveProperty("progress");
    const position = await rawPosition("garbled");
    expect(textOf(position?.variety)).toEqual({});
    expect(position).not.toHaveProperty("progress");
    expect(await store.load("garbled")).toEqual({
      record: loaded.record,
      version: 7,
      positionVersion: 1,
    });
  });

  it("races two devices over an item written before: both changes land, through the text fields", async () => {
    await putRawProfile("old-racer", { version: 2, ...seasoned });
    const base = await store.load("old-racer");
    const phone: UserRecord = {
      ...base.record,
      progress: moved,
      progressAt: "2026-11-22T09:03:00.000Z",
    };
    const profile = { ...seasoned.profile, weightKg: 64 };
    const speaker: UserRecord = { ...base.record, profile };
    const [a, b] = await Promise.all([
      store.save("old-racer", base, phone),
      store.save("old-racer", base, speaker),
    ]);
    // The phone's position moved out (its own item, then the profile without it) while the
    // speaker updated the profile: one of the two profile updates lost the race and merged.
    expect([a.version, b.version].sort()).toEqual([3, 4]);
    const both: UserRecord = { ...phone, profile };
    expect(await store.load("old-racer")).toEqual({
      record: both,
      version: 4,
      positionVersion: 1,
    });
    // The loser read the winner's text (from the failed write, or a read) beside the old maps.
    const item = await rawProfile("old-racer");
    expect(item).not.toHaveProperty("progress");
    expect(textOf((await rawPosition("old-racer"))?.progress)).toEqual(moved);
    expect(textOf(item?.profile)).toEqual(profile);
    expect(item?.progression).toEqual(seasoned.progression);
  });
});

/** A record as the store writes it: each object field its JSON text. */
function toText(record: UserRecord): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([field, value]) => [
      field,
      typeof value === "object" ? JSON.stringify(value) : value,
    ]),
  );
}

describe("workout history and deletion", () => {
  const at = (day: number, workoutId = "hiit") => ({
    workoutId,
    endedAt: `2026-11-${String(day).padStart(2, "0")}T08:00:00.000Z`,
    completed: true,
    minutes: 15,
    moves: 4,
    totalMoves: 4,
  });

  it("reads recent workouts newest first, from a given time", async () => {
    for (const day of [1, 10, 20, 21]) await store.logWorkout("gina", at(day), `req-${day}`);
    const recent = await store.recentWorkouts("gina", "2026-11-10T00:00:00.000Z", 50);
    expect(recent.map((e) => e.endedAt.slice(8, 10))).toEqual(["21", "20", "10"]);
    expect(await store.recentWorkouts("gina", "2026-11-01T00:00:00.000Z", 1)).toEqual([at(21)]);
  });

  it("deletes every item of a user and nothing of anyone else", async () => {
    await store.save("harry", { record: NEW_USER, version: 0 }, inWorkout);
    for (let i = 0; i < 30; i++) await store.logWorkout("harry", at(1 + (i % 28)), `harry-${i}`);
    await store.logWorkout("ivy", at(5), "ivy-1");
    // Its two record items and its 30 workouts.
    expect(await store.deleteUser("harry")).toBe(32);
    const left = await table.documents.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "USER#harry" },
      }),
    );
    expect(left.Items).toEqual([]);
    expect(await store.load("harry")).toEqual({ record: NEW_USER, version: 0 });
    expect(await store.recentWorkouts("ivy", "2026-01-01T00:00:00.000Z", 10)).toHaveLength(1);
  });

  it("keeps a stored profile's valid fields and drops the rest", async () => {
    await putRawProfile("jay", {
      version: 1,
      schemaVersion: 1,
      profile: {
        sex: "female",
        ageYears: 3,
        heightCm: 170,
        weightKg: "banana",
        activity: "light",
      },
    });
    expect((await store.load("jay")).record.profile).toEqual({
      sex: "female",
      heightCm: 170,
      activity: "light",
    });
  });

  it("keeps a stored kit the coach offers and reads any other value as unknown", async () => {
    await putRawProfile("kim", { version: 1, schemaVersion: 1, equipment: "dumbbells" });
    expect((await store.load("kim")).record.equipment).toBe("dumbbells");
    for (const [i, forged] of ["rocket-launcher", "gym-machine", 7, { kit: "gym" }].entries()) {
      await putRawProfile(`kim-${i}`, { version: 1, schemaVersion: 1, equipment: forged });
      const loaded = await store.load(`kim-${i}`);
      expect(loaded.record.equipment).toBeUndefined();
      // Written back clean, without a word: being asked again is all the user notices.
      expect(loaded.damaged).toBe(true);
      expect(loaded.repaired).toBeUndefined();
    }
  });
});
