import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { settingsFromEnvironment } from "./environment-settings";

/**
 * Timeouts sized to Alexa's 8-second answer limit. A turn makes at most a read and a write
 * (a lost write race adds one read and one write); each call may take two attempts of at most
 * 0.3 s to connect and 0.8 s to answer, so even a turn that meets every timeout answers in
 * well under 8 s. Each store call also carries an overall deadline (see STORE_CALL_BUDGET_MS).
 */
export const CONNECTION_TIMEOUT_MS = 300;
export const REQUEST_TIMEOUT_MS = 800;
export const MAX_ATTEMPTS = 2;

/**
 * Calls in flight to DynamoDB, per host. The SDK's connection timeout runs from the moment a
 * request is made, so a request queued inside the SDK for a free socket would count as a failed
 * connection. A Lambda serves one request at a time (a turn makes a few calls): the SDK's 50
 * sockets are plenty. The HTTPS server serves many users at once: it lets 64 calls out at a time
 * (each with its own socket) and queues the rest in front of the SDK, where waiting is not
 * connecting; a call that waits longer than QUEUE_TIMEOUT_MS fails as storage that is too busy.
 */
export const SOCKETS = { lambda: 50, server: 64 } as const;
export type Host = keyof typeof SOCKETS;
export const QUEUE_TIMEOUT_MS = 2000;

/** Where the client talks to, and for whom (the Lambda, or the HTTPS server's many users). */
export interface StoreClientOptions {
  readonly endpoint?: string;
  readonly region?: string;
  readonly host?: Host;
  /**
   * The Lambda's environment, as its whole configuration: every setting the SDK would look up
   * in shared config files is read from it instead (environment-settings.ts).
   */
  readonly environment?: NodeJS.ProcessEnv;
}

/**
 * The client settings every DynamoDB client of Back Coach shares: the timeouts and the
 * sockets above. Region and endpoint come from the standard AWS settings (AWS_REGION,
 * AWS_ENDPOINT_URL_DYNAMODB for a local DynamoDB) unless given.
 */
export function storeClientConfig(options: StoreClientOptions = {}): DynamoDBClientConfig {
  const agent = { keepAlive: true, maxSockets: SOCKETS[options.host ?? "lambda"] };
  return {
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      // Without this the SDK only warns about a slow answer and keeps waiting.
      throwOnRequestTimeout: true,
      httpAgent: agent,
      httpsAgent: agent,
    },
  };
}

/**
 * The store's client, one per container. The low-level client, not the document client: the
 * store writes its items in DynamoDB's own form (attribute-values.ts), so the SDK can build a
 * command's handler once per command class and keep it (`cacheMiddleware`, which the document
 * client refuses), instead of cloning and sorting its whole middleware stack on every call.
 * Every middleware, the call limit below or a test's, must be added before the first call:
 * later ones are not seen.
 */
export function createStoreClient(options: StoreClientOptions = {}): DynamoDBClient {
  const client = new DynamoDBClient({
    ...(options.environment ? settingsFromEnvironment(options.environment) : {}),
    ...storeClientConfig(options),
    cacheMiddleware: true,
  });
  // The SDK's logger middleware copies every call's input and output, masking what its schema
  // marks sensitive, for a logger that is a no-op here: the store logs its own failures.
  client.middlewareStack.remove("loggerMiddleware");
  if (options.host === "server") limitCallsInFlight(client, SOCKETS.server, QUEUE_TIMEOUT_MS);
  return client;
}

/** At most `limit` calls leave at once; the others wait their turn, each for at most `timeoutMs`. */
function limitCallsInFlight(client: DynamoDBClient, limit: number, timeoutMs: number): void {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  };
  const acquire = () =>
    new Promise<void>((resolve, reject) => {
      if (inFlight < limit) {
        inFlight++;
        resolve();
        return;
      }
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(
          Object.assign(new Error("DynamoDB is too busy: waited too long to send"), {
            name: "TimeoutError",
          }),
        );
      }, timeoutMs);
      waiting.push(turn);
    });
  client.middlewareStack.add(
    (next) => async (args) => {
      await acquire();
      try {
        return await next(args);
      } finally {
        release();
      }
    },
    { step: "initialize", name: "limitCallsInFlight" },
  );
}
