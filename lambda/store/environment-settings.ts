import type { DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";

/**
 * The DynamoDB client's settings read from the environment alone, as Lambda gives them, for
 * every setting the SDK would otherwise look up on the first call: in the environment, then in
 * the shared config files (~/.aws/config and ~/.aws/credentials), then its default. A Lambda
 * has no such files, and looking cost its first request 7 M of 134 M instructions (valgrind):
 * an attempt to read both files and an error object for each setting not found (README,
 * Performance). Each setting here reads the variable the SDK reads and falls back to the
 * SDK's own default, so the client behaves as before wherever there are no files.
 *
 * Only the Lambda's client uses this (lambda/index.ts): the local tools and the HTTPS server
 * keep the SDK's lookup, so a developer's profile still works for them.
 */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv): DynamoDBClientConfig {
  const endpoint = isTrue(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)
    ? undefined
    : env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL || undefined;
  const discovery = env.AWS_ENABLE_ENDPOINT_DISCOVERY ?? env.AWS_ENDPOINT_DISCOVERY_ENABLED;
  return {
    // Without a region in the environment, the SDK looks for one as before (and says so).
    ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
    // An endpoint given skips the lookup of one; with none, the lookup is switched off.
    ...(endpoint ? { endpoint } : { ignoreConfiguredEndpointUrls: true }),
    useFipsEndpoint: isTrue(env.AWS_USE_FIPS_ENDPOINT),
    useDualstackEndpoint: isTrue(env.AWS_USE_DUALSTACK_ENDPOINT),
    defaultsMode: defaultsModeOf(env.AWS_DEFAULTS_MODE),
    retryMode: env.AWS_RETRY_MODE || "standard",
    disableClockSkewCorrection: isTrue(env.AWS_DISABLE_CLOCK_SKEW_CORRECTION),
    accountIdEndpointMode: accountIdEndpointModeOf(env.AWS_ACCOUNT_ID_ENDPOINT_MODE),
    authSchemePreference: listOf(env.AWS_AUTH_SCHEME_PREFERENCE),
    // A provider, not a value: an absent value would send the SDK looking.
    userAgentAppId: () => Promise.resolve(env.AWS_SDK_UA_APP_ID || undefined),
    // Undefined leaves the store's calls without discovery (none needs it); a value set here
    // rather than as `endpointDiscoveryEnabled` keeps a local endpoint allowed.
    endpointDiscoveryEnabledProvider: () =>
      Promise.resolve(discovery === undefined ? undefined : !["false", "0"].includes(discovery)),
  };
}

const isTrue = (value: string | undefined): boolean => value?.toLowerCase() === "true";

const DEFAULTS_MODES = ["standard", "in-region", "cross-region", "mobile", "auto", "legacy"];
type DefaultsMode = NonNullable<Exclude<DynamoDBClientConfig["defaultsMode"], () => unknown>>;

function defaultsModeOf(value: string | undefined): DefaultsMode {
  const mode = value?.toLowerCase();
  return mode && DEFAULTS_MODES.includes(mode) ? (mode as DefaultsMode) : "legacy";
}

type AccountIdEndpointMode = NonNullable<
  Exclude<DynamoDBClientConfig["accountIdEndpointMode"], () => unknown>
>;

function accountIdEndpointModeOf(value: string | undefined): AccountIdEndpointMode {
  return value === "disabled" || value === "required" ? value : "preferred";
}

function listOf(value: string | undefined): string[] {
  return value ? value.split(",").map((item) => item.trim()) : [];
}
