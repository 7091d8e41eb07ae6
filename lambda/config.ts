/** The Lambda's settings, read and checked once at start-up (docs/architecture.md, Contracts). */

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly tableName: string;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
  readonly logLevel: LogLevel;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.TABLE_NAME?.trim();
  if (!tableName) {
    throw new ConfigError(
      "TABLE_NAME is not set: Back Coach needs the name of its DynamoDB table (see README, Storage).",
    );
  }
  const skillId = env.SKILL_ID?.trim();
  if (skillId && !skillId.startsWith("amzn1.ask.skill.")) {
    throw new ConfigError(`SKILL_ID must look like amzn1.ask.skill.…, got "${skillId}"`);
  }
  const level = (env.LOG_LEVEL?.trim().toLowerCase() || "info") as LogLevel;
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`,
    );
  }
  return { tableName, ...(skillId ? { skillId } : {}), logLevel: level };
}
