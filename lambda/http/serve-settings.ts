import { parseArgs } from "node:util";
import { type LogLevel, readSkillOptions } from "../config";
import { type Env, optionalString, SettingsError } from "../env";
import { isLoopback } from "./loopback";

/** What `npm run serve` runs with, checked before anything starts. */
export interface ServeSettings {
  readonly port: number;
  readonly host: string;
  /** Alexa's request verification; off only with --no-verify, on loopback. */
  readonly verify: boolean;
  /** The skill whose requests are answered; unset only with --any-skill, on loopback. */
  readonly skillId?: string;
  /** The real DynamoDB table and its region, or neither for the embedded store under `data`. */
  readonly table?: { readonly name: string; readonly region: string };
  readonly data: string;
  readonly logLevel: LogLevel;
}

const LOOPBACK_ONLY = "is only allowed on a loopback host (127.0.0.1, ::1, localhost)";

/**
 * Safe by default: a server others can reach verifies every request and answers one skill;
 * the shortcuts (--no-verify, --any-skill) are for this machine only.
 */
export function readServeSettings(args: string[], env: Env): ServeSettings {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "3000" },
      host: { type: "string", default: "127.0.0.1" },
      "no-verify": { type: "boolean", default: false },
      "any-skill": { type: "boolean", default: false },
      data: { type: "string", default: ".data" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SettingsError(`--port must be 0-65535, got ${values.port}`);
  }
  const local = isLoopback(values.host);
  if (values["no-verify"] && !local) throw new SettingsError(`--no-verify ${LOOPBACK_ONLY}.`);
  if (values["any-skill"] && !local) throw new SettingsError(`--any-skill ${LOOPBACK_ONLY}.`);
  // The Lambda's settings, checked as the Lambda checks them.
  const { logLevel, skillId } = readSkillOptions(env);
  if (!skillId && !values["any-skill"]) {
    throw new SettingsError(
      "SKILL_ID is not set: the server answers only your skill's requests. Set SKILL_ID=amzn1.ask.skill.… (Alexa developer console, Build > Endpoint), or pass --any-skill on a loopback host for local testing.",
    );
  }
  if (skillId && values["any-skill"]) {
    throw new SettingsError("SKILL_ID and --any-skill contradict each other: drop one.");
  }
  return {
    port,
    host: values.host,
    verify: !values["no-verify"],
    ...(skillId ? { skillId } : {}),
    ...tableOf(env),
    data: values.data,
    logLevel,
  };
}

/**
 * A real table lives in one region, so the region must be said: a guess would talk to another
 * region's table of the same name, or fail on the first turn with a misleading "table not
 * found" instead of at start. AWS_DEFAULT_REGION (the AWS CLI's) counts too.
 */
function tableOf(env: Env): Pick<ServeSettings, "table"> {
  const name = optionalString(env, "TABLE_NAME");
  if (!name) return {};
  const region = optionalString(env, "AWS_REGION") ?? optionalString(env, "AWS_DEFAULT_REGION");
  if (!region) {
    throw new SettingsError(
      `TABLE_NAME is set but no AWS region is: set AWS_REGION to the region of table "${name}" (e.g. AWS_REGION=eu-west-1).`,
    );
  }
  return { table: { name, region } };
}
