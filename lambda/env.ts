import { BackCoachError } from "./errors";

/**
 * Reading settings from the environment: one way for the Lambda (lambda/config.ts), the stack
 * (infra/settings.ts), `npm run serve` and the benchmark. Values are trimmed, and a blank value
 * counts as unset.
 */

/** Names to values, as `process.env` (or a stack's context and environment, merged). */
export type Env = Readonly<Record<string, string | undefined>>;

/** A setting that is missing or wrong; the message says which and how to fix it. */
export class SettingsError extends BackCoachError {
  override readonly name = "SettingsError";
}

/** The value of `name`, or undefined when it is unset or blank. */
export function optionalString(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

/** The value of `name`; `why` tells the reader what it is for when it is missing. */
export function requiredString(env: Env, name: string, why: string): string {
  const value = optionalString(env, name);
  if (value === undefined) throw new SettingsError(`${name} is not set: ${why}`);
  return value;
}

/** The one of `values` that `name` holds (case-insensitive), or `fallback` when it is unset. */
export function oneOf<T extends string | number>(
  env: Env,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = optionalString(env, name);
  if (value === undefined) return fallback;
  const found = values.find((v) => String(v).toLowerCase() === value.toLowerCase());
  if (found === undefined) {
    throw new SettingsError(`${name} must be one of ${values.join(", ")}, got "${value}"`);
  }
  return found;
}
