import { existsSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SILENT_LOGGER } from "../logger";
import { buildSkill } from "../skill";
import { createStoreClient } from "../store/dynamo-client";
import { DynamoUserStore } from "../store/dynamo-user-store";
import { Conversation } from "./conversation";
import { ensureLocalTable, startLocalDynamo } from "./local-dynamo";

export const LOCAL_TABLE_NAME = "back-coach-local";
/** The console's pretend skill id; requests carry it like a device's do. */
export const LOCAL_SKILL_ID = "amzn1.ask.skill.local-back-coach";
export const MODEL_DIR = join(import.meta.dirname, "../../interaction-model");

export interface ConsoleSkill {
  readonly conversation: Conversation;
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * The skill as the Lambda runs it (same builder, same DynamoDB store and client), on an
 * embedded dynalite: persisted at `dataPath`, or in memory without one.
 */
export async function startConsoleSkill(options: {
  dataPath?: string;
  userId: string;
  locale: string;
  /** The clock's start, in epoch milliseconds (now when absent): tests script weeks from a day. */
  startTime?: number;
}): Promise<ConsoleSkill> {
  const modelPath = join(MODEL_DIR, `${options.locale}.json`);
  if (!existsSync(modelPath)) {
    throw new Error(`No interaction model for locale ${options.locale} (looked for ${modelPath}).`);
  }
  const dynamo = await startLocalDynamo(options.dataPath ? { path: options.dataPath } : {});
  const admin = new DynamoDBClient({ endpoint: dynamo.endpoint });
  await ensureLocalTable(admin, LOCAL_TABLE_NAME);
  admin.destroy();
  const client = createStoreClient({ endpoint: dynamo.endpoint });
  const store = new DynamoUserStore(client, LOCAL_TABLE_NAME, SILENT_LOGGER);
  const skill = buildSkill({ store, logger: SILENT_LOGGER, skillId: LOCAL_SKILL_ID });
  const conversation = new Conversation({
    invoke: (event) => skill.invoke(event),
    modelPath,
    userId: options.userId,
    locale: options.locale,
    skillId: LOCAL_SKILL_ID,
    ...(options.startTime === undefined ? {} : { startTime: options.startTime }),
  });
  return {
    conversation,
    endpoint: dynamo.endpoint,
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}
