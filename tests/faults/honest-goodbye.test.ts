import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said, type TestDevice } from "../support/device";
import type { DynamoProxy } from "../support/dynamo-proxy";
import { type FaultyTable, startFaultyTable } from "../support/faulty-table";

/** Never "I'll remember where you are" when the place could not be saved. */

let faulty: FaultyTable;
let proxy: DynamoProxy;
beforeAll(async () => {
  faulty = await startFaultyTable("back-coach-honest");
  proxy = faulty.proxy;
});
afterAll(async () => {
  await faulty.close();
});

const device = (userId: string): TestDevice => faulty.device(userId);

describe.each([
  ["pause", "AMAZON.PauseIntent"],
  ["stop", "AMAZON.StopIntent"],
])("%s with storage down", (_, intent) => {
  it("says where we will pick up, and the next launch offers exactly that", async () => {
    proxy.mode = "pass";
    const userId = `honest-${intent}`;
    const phone = device(userId);
    await phone.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await phone.intent("ReadyIntent"); // saved: set one of the first move

    proxy.mode = "throttle";
    await phone.intent("ReadyIntent");
    await phone.intent("ReadyIntent");
    const bye = said(await phone.intent(intent));
    expect(bye).not.toMatch(/remember/);
    expect(bye).toBe(
      "I couldn't save your place just now, so next time we'll pick up from the last place I saved. Bye for now!",
    );

    proxy.mode = "pass";
    expect(said(await device(userId).launch())).toMatch(
      /You were on .*, set one of three, in home calisthenics\. Pick up there\?$/,
    );
  }, 30_000);
});
