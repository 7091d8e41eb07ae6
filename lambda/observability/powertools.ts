import { Logger as PowertoolsLogger } from "@aws-lambda-powertools/logger";
import type { LogLevel } from "../config";
import { errorFields, type LogDetails, type Logger } from "../logger";
import { EmfMetrics } from "./emf-metrics";

export const SERVICE_NAME = "back-coach";
export const METRICS_NAMESPACE = "BackCoach";

/** Powertools' logger: structured JSON with the Lambda context (function, request id). */
export function createPowertoolsLogger(level: LogLevel): PowertoolsLogger {
  return new PowertoolsLogger({
    serviceName: SERVICE_NAME,
    logLevel: level.toUpperCase() as "INFO",
  });
}

/**
 * The skill's Logger on top of Powertools, so handlers never see the library. `logger` is
 * asked for at each line, so it can be made at the first (observability/request-logger.ts).
 */
export function asSkillLogger(logger: () => PowertoolsLogger): Logger {
  const details = (extra: LogDetails = {}) => ({ ...extra, ...errorFields(extra.error) });
  return {
    debug: (message, extra) => logger().debug(message, details(extra)),
    info: (message, extra) => logger().info(message, details(extra)),
    warn: (message, extra) => logger().warn(message, details(extra)),
    error: (message, extra) => logger().error(message, details(extra)),
  };
}

/** CloudWatch metrics in Embedded Metric Format: written to the log, no API calls. */
export function createMetrics(): EmfMetrics {
  return new EmfMetrics(METRICS_NAMESPACE, SERVICE_NAME);
}
