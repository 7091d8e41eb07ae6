import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkoutProgress } from "../../lambda/coach";
import { createDocumentClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";
import { StorageError } from "../../lambda/store/user-store";
import { type LocalTable, startLocalTable } from "../support/local-table";

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

const paused: WorkoutProgress = {
  workoutId: "hiit",
  segmentIndex: 2,
  status: "paused",
  varietyAtSegment: { praise: 1 },
};
const inWorkout: UserRecord = { ...NEW_USER, disclaimerHeard: true, progress: paused };

/** Writes a user's item as it might sit in the table, bypassing the store's checks. */
function putRawProfile(userId: string, item: Record<string, unknown>) {
  return table.client.send(
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
    expect(saved.version).toBe(1);
    expect(await store.load("alice")).toEqual({ record: inWorkout, version: 1 });
  });

  it("does not write when nothing changed", async () => {
    const before = table.calls.length;
    const loaded = await store.load("alice");
    await store.save("alice", loaded, loaded.record);
    expect(table.calls.slice(before)).toEqual(["GetItemCommand"]);
  });

  it("merges with another device's write instead of overwriting it", async () => {
    const base = await store.load("bob");
    // Device A stores a workout position.
    const a = await store.save("bob", base, { ...base.record, progress: paused });
    expect(a.version).toBe(1);
    // Device B, still holding version 0, stores that the health note was heard.
    const b = await store.save("bob", base, { ...base.record, disclaimerHeard: true });
    expect(b.version).toBe(2);
    expect((await store.load("bob")).record).toEqual({
      ...NEW_USER,
      disclaimerHeard: true,
      progress: paused,
    });
  });

  it("lets this session's change win on the field both devices changed", async () => {
    const base = await store.load("carol");
    await store.save("carol", base, { ...base.record, variety: { praise: 3 } });
    await store.save("carol", base, { ...base.record, variety: { praise: 4 } });
    expect((await store.load("carol")).record.variety).toEqual({ praise: 4 });
  });

  it("lands every save when 30 devices write at once, each change intact", async () => {
    const base = await store.load("many-devices");
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
    // Nobody gave up: every save ended on a stored version (a device whose change another had
    // already stored wrote nothing more), and the changes to different fields were all kept.
    const versions = saved.map((s) => s.version);
    const final = Math.max(...versions);
    expect(versions.every((version) => version >= 1 && version <= final)).toBe(true);
    expect(final).toBeGreaterThanOrEqual(3);
    expect(final).toBeLessThanOrEqual(30);
    const { record } = await store.load("many-devices");
    expect(record.disclaimerHeard).toBe(true);
    expect(record.profile).toEqual({ ageYears: 40 });
    expect([2, 3, 4]).toContain(record.progress?.segmentIndex);
  });

  it("writes nothing more when another device already stored the same change", async () => {
    const base = await store.load("twin-devices");
    const calls = table.calls.length;
    const [first, second] = await Promise.all([
      store.save("twin-devices", base, inWorkout),
      store.save("twin-devices", base, inWorkout),
    ]);
    // One device wrote; the other found its change stored and did not race to write it again.
    expect([first.version, second.version]).toEqual([1, 1]);
    expect(table.calls.slice(calls).filter((call) => call === "PutItemCommand")).toHaveLength(2);
    expect(await store.load("twin-devices")).toEqual({ record: inWorkout, version: 1 });
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
    // The next save writes the clean record even though this session changed nothing.
    expect(await store.save("dave", loaded, loaded.record)).toEqual({
      record: loaded.record,
      version: 8,
    });
    expect(await store.load("dave")).toEqual({ record: loaded.record, version: 8 });
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
    const items = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :w)",
        ExpressionAttributeValues: { ":pk": "USER#frank", ":w": "WORKOUT#" },
      }),
    );
    expect(items.Items).toHaveLength(2);
    expect(items.Items?.[0]).toMatchObject(entry);
  });

  it("stores only the record's fields and the version", async () => {
    const item = await table.client.send(
      new GetCommand({ TableName: table.tableName, Key: { pk: "USER#alice", sk: "PROFILE" } }),
    );
    expect(Object.keys(item.Item ?? {}).sort()).toEqual(
      [
        "disclaimerHeard",
        "pk",
        "progress",
        "schemaVersion",
        "sk",
        "tips",
        "variety",
        "version",
      ].sort(),
    );
  });

  it("fails fast with a StorageError when DynamoDB is unreachable", async () => {
    const down = new DynamoUserStore(
      createDocumentClient({ endpoint: "http://127.0.0.1:9" }),
      "t",
      logger,
    );
    const started = performance.now();
    await expect(down.load("alice")).rejects.toBeInstanceOf(StorageError);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

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
    expect(await store.deleteUser("harry")).toBe(31);
    const left = await table.client.send(
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
