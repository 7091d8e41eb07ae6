import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said, type TestDevice } from "../support/device";
import type { DynamoProxy } from "../support/dynamo-proxy";
import { type FaultyTable, startFaultyTable } from "../support/faulty-table";
import { itemsOf, type LocalTable } from "../support/local-table";
import { type RemindersApi, startRemindersApi } from "../support/reminders-api";

/** "Delete my data" while DynamoDB throttles every call: the reminders still go, honestly told. */

let faulty: FaultyTable;
let table: LocalTable;
let proxy: DynamoProxy;
let api: RemindersApi;
beforeAll(async () => {
  faulty = await startFaultyTable("back-coach-reminder-faults");
  ({ table, proxy } = faulty);
  api = await startRemindersApi();
});
afterAll(async () => {
  await api.close();
  await faulty.close();
});

function deviceOf(userId: string): TestDevice {
  const device = faulty.device(userId);
  device.apiEndpoint = api.endpoint;
  device.apiAccessToken = `token-of-${userId}`;
  api.granted.add(device.apiAccessToken);
  return device;
}

describe("'delete my data' with storage failing", () => {
  it("cancels the reminders, keeps the data, and says which is which", async () => {
    proxy.mode = "pass";
    const device = deviceOf("stuck-leaver");
    await device.intent("UpdateProfileIntent", { age: "40" });
    await device.intent("SetReminderIntent", {
      dayOne: { value: "monday", id: "MO" },
      time: "07:00",
    });
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Done: every Monday/);
    await device.intent("DeleteDataIntent");

    proxy.mode = "throttle";
    const answer = await device.intent("AMAZON.YesIntent");
    proxy.mode = "pass";
    expect(said(answer)).toBe(
      "I cancelled your Back Coach reminders, but I couldn't reach the rest of your data just now, so it's still there. Please try again in a little while.",
    );
    expect(api.held.get(device.apiAccessToken)).toEqual([]);
    expect((await itemsOf(table, "stuck-leaver")).length).toBeGreaterThan(0);
  });
});
