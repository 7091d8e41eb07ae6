import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SILENT_LOGGER } from "../../lambda/logger";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { type DynamoProxy, startDynamoProxy } from "../support/dynamo-proxy";
import { type LocalTable, startLocalTable } from "../support/local-table";

/**
 * Waiting for a free socket is not a storage failure. The connection timeout runs from the
 * moment a request is made, so a pool smaller than the calls in flight turns healthy but busy
 * storage into "couldn't save": the HTTPS server's pool is sized for many users at once.
 */

let table: LocalTable;
let proxy: DynamoProxy;
beforeAll(async () => {
  table = await startLocalTable("back-coach-sockets");
  proxy = await startDynamoProxy(table.dynamo.endpoint);
  // Healthy storage whose every answer takes a fifth of a second (answered by the proxy itself,
  // so only the client's pool is measured, not how fast a local DynamoDB is).
  proxy.mode = "empty";
  proxy.delayMs = 200;
});
afterAll(async () => {
  await proxy.close();
  await table.close();
});

async function concurrentReads(host: "lambda" | "server", reads: number): Promise<number> {
  const client = createStoreClient({ endpoint: proxy.endpoint, host });
  const store = new DynamoUserStore(client, table.tableName, SILENT_LOGGER);
  try {
    const results = await Promise.allSettled(
      Array.from({ length: reads }, (_, i) => store.load(`reader-${i}`)),
    );
    return results.filter((result) => result.status === "rejected").length;
  } finally {
    client.destroy();
  }
}

describe("the DynamoDB connection pool", () => {
  it("serves 150 concurrent reads on the HTTPS server's pool without one failure", async () => {
    expect(await concurrentReads("server", 150)).toBe(0);
  });

  it("is the reason: the one-request-at-a-time Lambda pool would fail many of them", async () => {
    expect(await concurrentReads("lambda", 150)).toBeGreaterThan(0);
  });
});
