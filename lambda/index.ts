import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { useKnownEstimates } from "./coach/segments/estimates";
import { readConfig } from "./config";
import { estimatesBeside } from "./i18n/known-estimates";
import { isRecord } from "./is-record";
import { RequestLogger } from "./observability/request-logger";
import { createMetrics } from "./observability/service";
import { buildSkill } from "./skill";
import { createStoreClient } from "./store/dynamo-client";
import { DynamoUserStore } from "./store/dynamo-user-store";

// Built once per container: config checked, clients created, handlers assembled.
const config = readConfig();
const logs = new RequestLogger(config.logLevel);
const metrics = createMetrics();
const logger = logs.logger;
// The bundle's folder holds the segment estimates its build worked out; run from source (ES
// modules, no __dirname) there are none, and the engine works them out.
useKnownEstimates(estimatesBeside(typeof __dirname === "string" ? __dirname : undefined));
const store = new DynamoUserStore(
  createStoreClient({ environment: process.env }),
  config.tableName,
  logger,
);
const skill = buildSkill({
  store,
  logger,
  telemetry: metrics,
  ...(config.skillId ? { skillId: config.skillId } : {}),
});

/**
 * The Lambda entry point. Async, because Node.js 24 on Lambda no longer accepts callback-style
 * handlers such as ask-sdk's `.lambda()`. Each log line carries the request's id, type and
 * intent (never the envelope: it holds tokens); metrics are flushed as EMF once per request.
 */
export async function handler(event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> {
  // Whatever arrives (even null) is answered by the guarded skill; the log keys must not throw.
  const request: Partial<RequestEnvelope["request"]> | undefined = isRecord(event)
    ? event.request
    : undefined;
  logs.startRequest(context, {
    alexaRequestId: request?.requestId,
    requestType: request?.type,
    ...(request?.type === "IntentRequest" ? { intent: request.intent?.name } : {}),
  });
  metrics.captureColdStart();
  try {
    return await skill.invoke(event, context);
  } finally {
    logs.endRequest();
    metrics.publish();
  }
}
