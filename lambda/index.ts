import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { readConfig } from "./config";
import { isRecord } from "./is-record";
import {
  asSkillLogger,
  asTelemetry,
  createMetrics,
  createPowertoolsLogger,
} from "./observability/powertools";
import { buildSkill } from "./skill";
import { createDocumentClient } from "./store/dynamo-client";
import { DynamoUserStore } from "./store/dynamo-user-store";

// Built once per container: config checked, clients created, handlers assembled.
const config = readConfig();
const powertoolsLogger = createPowertoolsLogger(config.logLevel);
const metrics = createMetrics();
const logger = asSkillLogger(powertoolsLogger);
const store = new DynamoUserStore(createDocumentClient(), config.tableName, logger);
const skill = buildSkill({
  store,
  logger,
  telemetry: asTelemetry(metrics),
  ...(config.skillId ? { skillId: config.skillId } : {}),
});

/**
 * The Lambda entry point. Async, because Node.js 24 on Lambda no longer accepts callback-style
 * handlers such as ask-sdk's `.lambda()`. Each log line carries the request's id, type and
 * intent (never the envelope: it holds tokens); metrics are flushed as EMF once per request.
 */
export async function handler(event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> {
  powertoolsLogger.addContext(context);
  // Whatever arrives (even null) is answered by the guarded skill; the log keys must not throw.
  const request: Partial<RequestEnvelope["request"]> | undefined = isRecord(event)
    ? event.request
    : undefined;
  powertoolsLogger.appendKeys({
    alexaRequestId: request?.requestId,
    requestType: request?.type,
    ...(request?.type === "IntentRequest" ? { intent: request.intent?.name } : {}),
  });
  metrics.captureColdStartMetric();
  try {
    return await skill.invoke(event, context);
  } finally {
    powertoolsLogger.resetKeys();
    metrics.publishStoredMetrics();
  }
}
