import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said, type TestDevice } from "../support/device";
import type { DynamoProxy } from "../support/dynamo-proxy";
import { type FaultyTable, startFaultyTable } from "../support/faulty-table";

/**
 * Today's plan reads the workout history (a Query) on top of the user's record. When DynamoDB
 * fails on that read, the launch still offers a workout and the question says honestly that
 * the week cannot be read; nothing is lost, and the plan comes back with the store.
 */

let faulty: FaultyTable;
let proxy: DynamoProxy;
const errors: Record<string, unknown>[] = [];

const deviceThroughProxy = (userId: string): TestDevice =>
  faulty.device(userId, (entry) => {
    if (entry.level === "error") errors.push(entry);
  });

beforeAll(async () => {
  faulty = await startFaultyTable("back-coach-plan-faults");
  proxy = faulty.proxy;
});
afterAll(async () => {
  await faulty.close();
});

/** A returning user: the health note heard, one workout done the day before. */
async function returningUser(userId: string): Promise<TestDevice> {
  proxy.mode = "pass";
  const device = deviceThroughProxy(userId);
  device.setTime("2026-11-18T07:00:00Z");
  await device.intent("StartWorkoutIntent", { workoutKind: { value: "toning", id: "toning" } });
  for (let i = 0; i < 60 && device.sessionOpen; i++) {
    const answer = said(await device.intent("ReadyIntent"));
    if (answer.endsWith("Would you like a diet tip before you go?")) break;
  }
  await device.intent("AMAZON.StopIntent");
  device.setTime("2026-11-19T07:00:00Z");
  return device;
}

describe("today's plan when DynamoDB fails", () => {
  it("at launch, the history unreadable: a welcome back and the signature workout, and yes starts it", async () => {
    const device = await returningUser("plan-fault-launch");
    // The user's record reads (a Query on its two items); the history (a Query over the
    // workout items) does not.
    proxy.mode = "throttle";
    proxy.only = ["Query"];
    proxy.bodyIncludes = "WORKOUT#";
    const launch = said(await device.launch());
    expect(launch).toMatch(/^Welcome back to Back Coach\..*back fat blaster.*\?$/);
    expect(device.sessionOpen).toBe(true);
    expect(errors.some((e) => String(e.message).includes("Could not plan today"))).toBe(true);
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/reverse-grip double-arm rows/);
    proxy.only = undefined;
    proxy.bodyIncludes = undefined;
  }, 30_000);

  it("asked in a session: says the week can't be read, keeps the session, and plans once it can", async () => {
    const device = await returningUser("plan-fault-ask");
    await device.launch();
    proxy.mode = "throttle";
    const asked = said(await device.intent("TodaysPlanIntent"));
    // The record was read at launch; only the history fails now.
    expect(asked).toMatch(/^I can't reach your workout history right now/);
    expect(device.sessionOpen).toBe(true);
    proxy.mode = "pass";
    const again = said(await device.intent("TodaysPlanIntent"));
    expect(again).not.toMatch(/can't reach/);
    expect(again).toMatch(/\?$/);
  }, 30_000);
});
