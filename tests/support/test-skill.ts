import type { BackCoachSkill as Skill } from "../../lambda/envelope-guard";
import { createLogger, type Logger } from "../../lambda/logger";
import { buildSkill } from "../../lambda/skill";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { alexaApiOrLoopback } from "../../lambda/turn/api-endpoint";
import { TEST_SKILL_ID, TestDevice } from "./device";
import { type LocalTable, startLocalTable } from "./local-table";

export interface TestSkill {
  readonly skill: Skill;
  readonly table: LocalTable;
  readonly store: DynamoUserStore;
  /** Every log line the skill wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  device(userId: string): TestDevice;
  close(): Promise<void>;
}

/** The real skill on the real DynamoDB client, against a fresh table (dynalite or DynamoDB Local). */
export async function startTestSkill(): Promise<TestSkill> {
  const table = await startLocalTable();
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = createLogger("debug", (line) =>
    logs.push(JSON.parse(line) as Record<string, unknown>),
  );
  const store = new DynamoUserStore(table.client, table.tableName, logger);
  const skill = buildSkill({
    store,
    logger,
    skillId: TEST_SKILL_ID,
    trustedApi: alexaApiOrLoopback,
  });
  return {
    skill,
    table,
    store,
    logs,
    device: (userId) => new TestDevice(skill, userId),
    close: () => table.close(),
  };
}
