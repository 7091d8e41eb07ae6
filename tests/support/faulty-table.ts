import { createLogger } from "../../lambda/logger";
import { buildSkill } from "../../lambda/skill";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { alexaApiOrLoopback } from "../../lambda/turn/api-endpoint";
import { TEST_SKILL_ID, TestDevice } from "./device";
import { type DynamoProxy, startDynamoProxy } from "./dynamo-proxy";
import { type LocalTable, startLocalTable } from "./local-table";

/**
 * A table behind a fault injector (dynamo-proxy.ts), for the suites that fail DynamoDB on
 * purpose: devices talk to the skill through the proxy; the table itself stays reachable for
 * checking what was stored.
 */
export interface FaultyTable {
  readonly table: LocalTable;
  readonly proxy: DynamoProxy;
  /** A device whose skill stores through the proxy; its log lines (JSON) go to `log`. */
  device(userId: string, log?: (entry: Record<string, unknown>) => void): TestDevice;
  close(): Promise<void>;
}

export async function startFaultyTable(name: string): Promise<FaultyTable> {
  const table = await startLocalTable(name);
  const proxy = await startDynamoProxy(table.dynamo.endpoint);
  return {
    table,
    proxy,
    device(userId, log) {
      const logger = createLogger(log ? "debug" : "error", (line) =>
        log?.(JSON.parse(line) as Record<string, unknown>),
      );
      const store = new DynamoUserStore(
        createStoreClient({ endpoint: proxy.endpoint }),
        table.tableName,
        logger,
      );
      return new TestDevice(
        buildSkill({ store, logger, skillId: TEST_SKILL_ID, trustedApi: alexaApiOrLoopback }),
        userId,
      );
    },
    async close() {
      await proxy.close();
      await table.close();
    },
  };
}
