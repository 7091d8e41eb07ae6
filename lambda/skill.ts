import { SkillBuilders } from "ask-sdk-core";
import { alexaDeviceApis } from "./device-apis";
import { type BackCoachSkill, guarded } from "./envelope-guard";
import { SkillRouter } from "./handlers";
import type { SkillContext } from "./handlers/handler";
import type { Logger } from "./logger";
import type { UserStore } from "./store/user-store";
import { NO_TELEMETRY, type Telemetry } from "./telemetry";
import { type ApiEndpointCheck, alexaApiOnly } from "./turn/api-endpoint";
import { readTurnInterceptor } from "./turn/read-turn";
import { turnErrorHandler, turnHandler } from "./turn/turn-handler";

export interface SkillDependencies {
  readonly store: UserStore;
  readonly logger: Logger;
  /** Metrics (CloudWatch EMF on Lambda); none by default. */
  readonly telemetry?: Telemetry;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
  /** Which API endpoints a request may name (turn/api-endpoint.ts): Alexa's only by default. */
  readonly trustedApi?: ApiEndpointCheck;
}

/**
 * The whole skill, shared by the Lambda, the local console and the HTTPS server. Built once per
 * container; nothing holds state between requests. ask-sdk runs three steps: the interceptor
 * reads the turn, one handler routes, saves and renders it, the error handler answers the rest.
 */
export function buildSkill({
  store,
  logger,
  skillId,
  telemetry = NO_TELEMETRY,
  trustedApi = alexaApiOnly,
}: SkillDependencies): BackCoachSkill {
  const context: SkillContext = {
    store,
    logger,
    telemetry,
    ...alexaDeviceApis(logger),
  };
  const skill = SkillBuilders.custom()
    .addRequestInterceptors(readTurnInterceptor(store, logger, telemetry, trustedApi))
    .addRequestHandlers(turnHandler(new SkillRouter(), context))
    .addErrorHandlers(turnErrorHandler(context))
    .withCustomUserAgent("back-coach")
    .create();
  return guarded(skill, skillId);
}
