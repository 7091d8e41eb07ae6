import type { Context } from "aws-lambda";
import { LOG_LEVELS, type LogLevel } from "../config";
import { errorFields, type LogDetails, type Logger } from "../logger";
import { writeLine } from "./log-line";
import { SERVICE_NAME } from "./service";

/** Where a line goes: warnings and errors to stderr, as console.warn and console.error write. */
export type LogWriter = (line: string, level: LogLevel) => void;

const toConsole: LogWriter = (line, level) =>
  writeLine(level === "warn" || level === "error" ? 2 : 1, line);

/**
 * The Lambda's logger: one JSON line per event, in the shape Powertools' logger wrote before
 * this replaced it (its code and its set-up were milliseconds of every cold start, and most
 * requests log nothing): level, message, timestamp, service, the Lambda context (cold_start,
 * function_name, function_arn, function_memory_size, function_request_id), the X-Ray trace id
 * when Lambda passes one, the request's keys, then the line's own details, an error as its
 * name, message and cause (logger.ts). Callers pass only what is safe to keep.
 */
export class RequestLogger {
  private context: Context | undefined;
  private keys: Record<string, unknown> = {};
  private requests = 0;
  private readonly threshold: number;
  private readonly onDemand: boolean;
  readonly logger: Logger;

  constructor(
    level: LogLevel,
    private readonly write: LogWriter = toConsole,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.threshold = LOG_LEVELS.indexOf(level);
    // Only an on-demand container has a cold start to report (not one started ahead).
    this.onDemand = env.AWS_LAMBDA_INITIALIZATION_TYPE === "on-demand";
    const at = (lineLevel: LogLevel) => (message: string, details?: LogDetails) =>
      this.log(lineLevel, message, details);
    this.logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  }

  /** A request begins: its Lambda context and the keys each of its log lines carries. */
  startRequest(context: Context, keys: Record<string, unknown>): void {
    this.requests++;
    this.context = context;
    this.keys = keys;
  }

  endRequest(): void {
    this.keys = {};
  }

  private log(level: LogLevel, message: string, details: LogDetails = {}): void {
    if (LOG_LEVELS.indexOf(level) < this.threshold) return;
    const context = this.context;
    const line = {
      level: level.toUpperCase(),
      message,
      timestamp: new Date().toISOString(),
      service: SERVICE_NAME,
      ...(context
        ? {
            cold_start: this.onDemand && this.requests === 1,
            function_arn: context.invokedFunctionArn,
            function_memory_size: context.memoryLimitInMB,
            function_name: context.functionName,
            function_request_id: context.awsRequestId,
          }
        : {}),
      xray_trace_id: traceRoot(this.env._X_AMZN_TRACE_ID),
      ...this.keys,
      ...details,
      ...errorFields(details.error),
    };
    this.write(JSON.stringify(line), level);
  }
}

/** "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=...;Sampled=1" -> its Root. */
function traceRoot(header: string | undefined): string | undefined {
  const root = header?.split(";").find((part) => part.startsWith("Root="));
  return root?.slice("Root=".length);
}
