import { LOG_LEVELS, type LogLevel } from "./config";

export type LogDetails = Record<string, unknown>;

export interface Logger {
  debug(message: string, details?: LogDetails): void;
  info(message: string, details?: LogDetails): void;
  warn(message: string, details?: LogDetails): void;
  error(message: string, details?: LogDetails): void;
}

/**
 * One JSON line per event, the shape CloudWatch Logs Insights queries well. Callers pass only
 * what is safe to keep: the opaque Alexa user id, request ids, intent names, error names.
 * Never a whole request (it carries tokens) or what a user said about themselves.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const log =
    (at: LogLevel) =>
    (message: string, details: LogDetails = {}) => {
      if (LOG_LEVELS.indexOf(at) < threshold) return;
      write(JSON.stringify({ level: at, message, ...details, ...errorFields(details.error) }));
    };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** Errors do not survive JSON.stringify; keep their name, message and cause's name. */
export function errorFields(error: unknown): LogDetails {
  if (!(error instanceof Error)) return {};
  return {
    error: {
      name: error.name,
      message: error.message,
      ...(error.cause instanceof Error
        ? { cause: `${error.cause.name}: ${error.cause.message}` }
        : {}),
    },
  };
}

/** For tests and tools that must stay quiet. */
export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };
