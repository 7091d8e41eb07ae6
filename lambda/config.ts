/** The Lambda's settings, read and checked once at start-up (docs/architecture.md, Contracts). */
import { type Env, oneOf, optionalString, requiredString, SettingsError } from "./env";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly tableName: string;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
  readonly logLevel: LogLevel;
}

/** The one error for a bad setting, under the name the Lambda's callers know. */
export { SettingsError as ConfigError };

export function readConfig(env: Env = process.env): Config {
  const tableName = requiredString(
    env,
    "TABLE_NAME",
    "Back Coach needs the name of its DynamoDB table (see README, Storage).",
  );
  return { tableName, ...readSkillOptions(env) };
}

/** Everything but the table: `npm run serve` reads these too, and its table is optional. */
export function readSkillOptions(env: Env = process.env): Omit<Config, "tableName"> {
  const skillId = optionalString(env, "SKILL_ID");
  if (skillId && !skillId.startsWith("amzn1.ask.skill.")) {
    throw new SettingsError(`SKILL_ID must look like amzn1.ask.skill.…, got "${skillId}"`);
  }
  const logLevel = oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info");
  return { ...(skillId ? { skillId } : {}), logLevel };
}
