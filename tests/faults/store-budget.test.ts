import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lambda/logger";
import { DynamoUserStore, STORE_CALL_BUDGET_MS } from "../../lambda/store/dynamo-user-store";
import { StorageError } from "../../lambda/store/user-store";
import { type FaultyTable, startFaultyTable } from "../support/faulty-table";

let faulty: FaultyTable;
beforeAll(async () => {
  faulty = await startFaultyTable("back-coach-store-budget");
});
afterAll(async () => {
  await faulty.close();
});

describe("a store call's budget (STORE_CALL_BUDGET_MS)", () => {
  it("gives up when DynamoDB has not answered by then, however long the client would wait", async () => {
    // A client far more patient than the skill's (dynamo-client.ts): only the budget stops it.
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: faulty.proxy.endpoint,
        maxAttempts: 1,
        requestHandler: { requestTimeout: 20_000 },
      }),
    );
    const store = new DynamoUserStore(
      client,
      faulty.table.tableName,
      createLogger("error", () => {}),
    );
    faulty.proxy.mode = "slow";
    faulty.proxy.delayMs = STORE_CALL_BUDGET_MS + 1500;
    const started = performance.now();
    const failed = await store.load("budget-user").then(
      () => undefined,
      (error: unknown) => error,
    );
    const waited = performance.now() - started;
    expect(failed).toBeInstanceOf(StorageError);
    expect((failed as StorageError).cause).toMatchObject({ name: "TimeoutError" });
    expect(waited).toBeGreaterThanOrEqual(STORE_CALL_BUDGET_MS - 50);
    expect(waited).toBeLessThan(STORE_CALL_BUDGET_MS + 1000);
    // Storage that answers in time is read as ever.
    faulty.proxy.mode = "pass";
    await expect(store.load("budget-user")).resolves.toMatchObject({ version: 0 });
    client.destroy();
  }, 20_000);
});
