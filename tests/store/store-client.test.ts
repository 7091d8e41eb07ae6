import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SILENT_LOGGER } from "../../lambda/logger";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { NEW_USER } from "../../lambda/store/user-record";
import { StorageError } from "../../lambda/store/user-store";
import { type LocalTable, startLocalTable } from "../support/local-table";
import { PAUSED_HIIT } from "../support/stored-records";

/** The store's client does the calls' work and no more. */
let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable("back-coach-client");
});
afterAll(async () => {
  await table.close();
});

describe("the store's DynamoDB client", () => {
  it("hands no call to the SDK's logger: the store logs its own failures", async () => {
    const client = createStoreClient({ endpoint: table.dynamo.endpoint });
    const sdkLogger = client.config.logger;
    const info = vi.spyOn(sdkLogger, "info");
    const error = vi.spyOn(sdkLogger, "error");
    const store = new DynamoUserStore(client, table.tableName, SILENT_LOGGER);
    try {
      const first = await store.load("quiet-user");
      const record = { ...NEW_USER, disclaimerHeard: true, progress: PAUSED_HIIT };
      const saved = await store.save("quiet-user", first, record);
      // A lost race: the failed condition comes back as an error through the same stack.
      await store.save("quiet-user", first, { ...record, disclaimerHeard: false });
      expect((await store.load("quiet-user")).record.progress).toEqual(PAUSED_HIIT);
      expect(saved.version).toBe(1);
      expect(info).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      client.destroy();
    }
  });

  it("still turns a failed call into a storage error", async () => {
    const client = createStoreClient({ endpoint: table.dynamo.endpoint });
    const store = new DynamoUserStore(client, "no-such-table", SILENT_LOGGER);
    try {
      await expect(store.load("anyone")).rejects.toBeInstanceOf(StorageError);
    } finally {
      client.destroy();
    }
  });
});
