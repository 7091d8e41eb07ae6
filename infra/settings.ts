/**
 * The stack's settings, from CDK context (`cdk deploy -c skillId=...`) or the environment
 * (`SKILL_ID=...`), checked before anything is built so a typo fails with a clear message.
 */
import { LOG_LEVELS, type LogLevel } from "../lambda/config";
import { type Env, oneOf, optionalString, SettingsError } from "../lambda/env";

export interface StackSettings {
  /**
   * The Alexa skill this backend serves; the Lambda and its trigger accept no other. Absent
   * only when the stack deploys the skill itself (its id does not exist before the deploy).
   */
  readonly skillId?: string;
  readonly logLevel: LogLevel;
  /** Where alarms are e-mailed, if anywhere. */
  readonly alarmEmail?: string;
  /** Days of Lambda logs kept. */
  readonly logRetentionDays: number;
  /** Alexa developer credentials: when all are given, the skill itself is deployed too. */
  readonly alexa?: {
    readonly vendorId: string;
    readonly clientId: string;
    readonly clientSecret: string;
    readonly refreshToken: string;
  };
}

/** The one error for a bad setting, shared with the Lambda's own (lambda/config.ts). */
export { SettingsError };

/** A placeholder skill id so `cdk synth` works without one; a deploy refuses it. */
export const PLACEHOLDER_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
const SKILL_ID =
  /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365];
/** The settings by their context names; each has an environment name, its upper-snake form. */
const KEYS = [
  "skillId",
  "logLevel",
  "alarmEmail",
  "logRetentionDays",
  "alexaVendorId",
  "lwaClientId",
  "lwaClientSecret",
  "lwaRefreshToken",
] as const;

/** `lookup(name)` returns a context value or undefined; env names are the upper-snake form. */
export function readSettings(
  lookup: (key: string) => unknown,
  env: NodeJS.ProcessEnv = process.env,
): StackSettings {
  // Context first, then the environment, under the context name so messages use that name.
  const settings: Env = Object.fromEntries(
    KEYS.map((key) => {
      const value = lookup(key) ?? env[upperSnake(key)];
      return [key, value === undefined ? undefined : String(value)];
    }),
  );
  const get = (key: (typeof KEYS)[number]) => optionalString(settings, key);

  const givenSkillId = get("skillId");
  const skillId = givenSkillId ?? PLACEHOLDER_SKILL_ID;
  if (!SKILL_ID.test(skillId)) {
    throw new SettingsError(
      `skillId "${skillId}" is not an Alexa skill id. Copy it from the Alexa developer console (it looks like amzn1.ask.skill.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) and pass -c skillId=... or SKILL_ID=...`,
    );
  }

  const logLevel = oneOf(settings, "logLevel", LOG_LEVELS, "info");

  const alarmEmail = get("alarmEmail");
  if (alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
    throw new SettingsError(`alarmEmail "${alarmEmail}" is not an e-mail address`);
  }

  const logRetentionDays = oneOf(settings, "logRetentionDays", RETENTION_DAYS, 30);

  const alexaValues = {
    vendorId: get("alexaVendorId"),
    clientId: get("lwaClientId"),
    clientSecret: get("lwaClientSecret"),
    refreshToken: get("lwaRefreshToken"),
  };
  const given = Object.values(alexaValues).filter((v) => v !== undefined).length;
  if (given > 0 && given < 4) {
    throw new SettingsError(
      "To deploy the skill itself, give all four of alexaVendorId, lwaClientId, lwaClientSecret and lwaRefreshToken (or none, and create the skill in the Alexa developer console).",
    );
  }
  const { vendorId, clientId, clientSecret, refreshToken } = alexaValues;
  const deploysSkill = given === 4;
  // `npm run deploy` sets this: a deploy needs the real skill id (or the skill deployed too).
  const deploying = String(lookup("deploying") ?? "") === "true";
  if (deploying && !givenSkillId && !deploysSkill) {
    throw new SettingsError(
      "Deploying needs your skill's id: npm run deploy -- -c skillId=amzn1.ask.skill.... (Alexa developer console > your skill > Copy Skill ID), or Alexa developer credentials so the stack creates the skill (see README).",
    );
  }
  return {
    ...(givenSkillId || !deploysSkill ? { skillId } : {}),
    logLevel,
    logRetentionDays,
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(vendorId && clientId && clientSecret && refreshToken
      ? { alexa: { vendorId, clientId, clientSecret, refreshToken } }
      : {}),
  };
}

function upperSnake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}
