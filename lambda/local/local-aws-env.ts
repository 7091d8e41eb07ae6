/**
 * The AWS settings of everything that runs on this machine instead of in AWS: the console,
 * `npm run serve` with its embedded store, the tests and the benchmark. Never real credentials.
 */

/** No SDK notices: virtual-alexa pulls in SDK v2, and Node here may be older than on Lambda. */
export const QUIET_SDK_ENV = {
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
} as const;

/** Local DynamoDB (dynalite) needs some credentials and a region, and accepts any. */
export const LOCAL_AWS_ENV = {
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
  AWS_REGION: "us-east-1",
  ...QUIET_SDK_ENV,
} as const;

/** LOCAL_AWS_ENV as a client's options, for a client that must not read the environment. */
export const LOCAL_AWS_CLIENT = {
  region: LOCAL_AWS_ENV.AWS_REGION,
  credentials: {
    accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID,
    secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY,
  },
} as const;

/** Sets each of `defaults` that `env` does not set already; call before any AWS client exists. */
export function applyEnvDefaults(
  defaults: Readonly<Record<string, string>>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  for (const [name, value] of Object.entries(defaults)) env[name] ??= value;
}
