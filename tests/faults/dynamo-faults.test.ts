import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lambda/logger";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { said, type TestDevice } from "../support/device";
import type { DynamoProxy } from "../support/dynamo-proxy";
import { type FaultyTable, startFaultyTable } from "../support/faulty-table";

let faulty: FaultyTable;
let proxy: DynamoProxy;
let direct: DynamoUserStore;
const logs: Record<string, unknown>[] = [];

function deviceThroughProxy(userId: string): TestDevice {
  return faulty.device(userId, (entry) => logs.push(entry));
}

beforeAll(async () => {
  faulty = await startFaultyTable("back-coach-faults");
  proxy = faulty.proxy;
  direct = new DynamoUserStore(
    faulty.table.client,
    faulty.table.tableName,
    createLogger("error", () => {}),
  );
});
afterAll(async () => {
  await faulty.close();
});

const WARNING =
  /^Just so you know, I couldn't save your progress right now, but we'll keep going\./;

describe.each([
  ["slow beyond the client's timeout", "slow"],
  ["throttling", "throttle"],
] as const)("DynamoDB %s mid-workout", (_, mode) => {
  it("keeps coaching, says so once, keeps what was stored, and catches up afterwards", async () => {
    proxy.mode = "pass";
    const userId = `faulty-${mode}`;
    const device = deviceThroughProxy(userId);
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await device.intent("ReadyIntent");
    expect((await direct.load(userId)).record.progress?.segmentIndex).toBe(1);

    proxy.mode = mode;
    const started = performance.now();
    const first = said(await device.intent("ReadyIntent"));
    // Well inside Alexa's 8 seconds even when every call times out.
    expect(performance.now() - started).toBeLessThan(6000);
    expect(first).toMatch(WARNING);
    expect(first).toContain("Set two of three.");
    const second = said(await device.intent("ReadyIntent"));
    expect(second).not.toMatch(WARNING);
    expect(second).toMatch(/^Set three of three\./);
    // Nothing stored before the fault is lost.
    expect((await direct.load(userId)).record.progress?.segmentIndex).toBe(1);

    proxy.mode = "pass";
    await device.intent("ReadyIntent");
    expect((await direct.load(userId)).record.progress?.segmentIndex).toBe(4);
  }, 30_000);
});
