import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lambda/logger";
import { buildSkill } from "../../lambda/skill";
import { createDocumentClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { said, TEST_SKILL_ID, TestDevice } from "../support/device";
import { type DynamoProxy, startDynamoProxy } from "../support/dynamo-proxy";
import { type LocalTable, startLocalTable } from "../support/local-table";

/** Never "I'll remember where you are" when the place could not be saved. */

let table: LocalTable;
let proxy: DynamoProxy;
beforeAll(async () => {
  table = await startLocalTable("back-coach-honest");
  proxy = await startDynamoProxy(table.dynamo.endpoint);
});
afterAll(async () => {
  await proxy.close();
  await table.close();
});

function device(userId: string): TestDevice {
  const logger = createLogger("error", () => {});
  const store = new DynamoUserStore(
    createDocumentClient({ endpoint: proxy.endpoint }),
    table.tableName,
    logger,
  );
  return new TestDevice(buildSkill({ store, logger, skillId: TEST_SKILL_ID }), userId);
}

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
