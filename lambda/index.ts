import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { readConfig } from "./config";
import { createLogger } from "./logger";
import { buildSkill } from "./skill";
import { createDocumentClient } from "./store/dynamo-client";
import { DynamoUserStore } from "./store/dynamo-user-store";

// Built once per container: config checked, clients created, handlers assembled.
const config = readConfig();
const logger = createLogger(config.logLevel);
const store = new DynamoUserStore(createDocumentClient(), config.tableName, logger);
const skill = buildSkill({ store, logger, ...(config.skillId ? { skillId: config.skillId } : {}) });

/**
 * The Lambda entry point. Async, because Node.js 24 on Lambda no longer accepts callback-style
 * handlers such as ask-sdk's `.lambda()`.
 */
export async function handler(event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
