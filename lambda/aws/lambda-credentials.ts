import { fromEnv } from "@aws-sdk/credential-provider-env";

type Credentials = Awaited<ReturnType<ReturnType<typeof fromEnv>>>;

/**
 * Stands in for @aws-sdk/credential-provider-node in the Lambda bundle (an esbuild alias, see
 * infra/lambda-bundling.ts). Lambda gives a function its role's credentials in environment
 * variables, which is where the default chain looks first anyway; leaving out the rest of the
 * chain (SSO, profiles, web identity, instance metadata) drops about 70 KB from every cold start.
 *
 * Memoized, as the chain it replaces is: the SDK asks its default provider for credentials on
 * every call and leaves the caching to it, so a bare fromEnv read six environment variables and
 * built a new credentials object for every DynamoDB call. The credentials are read again only
 * once they are within REFRESH_MS of an expiry they carry (env credentials carry none unless
 * AWS_CREDENTIAL_EXPIRATION is set), and a failed read is not kept.
 */
export const defaultProvider: typeof fromEnv = (init) => {
  const read = fromEnv(init);
  let kept: Promise<Credentials> | undefined;
  let expiresAt = Number.POSITIVE_INFINITY;
  return async () => {
    if (kept && Date.now() < expiresAt - REFRESH_MS) return kept;
    const reading = read();
    kept = reading;
    expiresAt = Number.POSITIVE_INFINITY;
    try {
      const credentials = await reading;
      expiresAt = credentials.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
      return credentials;
    } catch (error) {
      if (kept === reading) kept = undefined;
      throw error;
    }
  };
};

/** How long before their expiry credentials are read again (the SDK's own margin: 5 minutes). */
export const REFRESH_MS = 5 * 60 * 1000;
