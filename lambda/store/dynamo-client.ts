import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

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
 * Connections kept open to DynamoDB, per host. The connection timeout runs from the moment a
 * request is made, so a request queued for a free socket would count as a failed connection:
 * the pool must be as large as the calls in flight. A Lambda serves one request at a time (a
 * turn makes at most a few calls), so the SDK's 50 is plenty there; the HTTPS server serves
 * many users at once (a turn can hold a socket for up to the 2.5 s deadline), so it keeps more.
 */
export const SOCKETS = { lambda: 50, server: 512 } as const;
export type Host = keyof typeof SOCKETS;

/**
 * One document client per container. Region and endpoint come from the standard AWS settings
 * (AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB for a local DynamoDB).
 */
export function createDocumentClient(
  overrides: { endpoint?: string; region?: string; host?: Host } = {},
): DynamoDBDocumentClient {
  const agent = { keepAlive: true, maxSockets: SOCKETS[overrides.host ?? "lambda"] };
  const client = new DynamoDBClient({
    ...(overrides.endpoint ? { endpoint: overrides.endpoint } : {}),
    ...(overrides.region ? { region: overrides.region } : {}),
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      // Without this the SDK only warns about a slow answer and keeps waiting.
      throwOnRequestTimeout: true,
      httpAgent: agent,
      httpsAgent: agent,
    },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
