import { randomUUID } from "node:crypto";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { LOCAL_AWS_CLIENT } from "../../lambda/local/local-aws-env";
import {
  ensureLocalTable,
  type LocalDynamo,
  startLocalDynamo as startDynalite,
} from "../../lambda/local/local-dynamo";
import { startDynamoDbLocal } from "./dynamodb-local";

export { ensureLocalTable, type LocalDynamo };

/**
 * Which DynamoDB the storage, fault and dialog tests run against, from BACK_COACH_STORE:
 * dynalite (in-process, the default and the console's store) or Amazon's DynamoDB Local, which
 * refuses what DynamoDB refuses. vitest.config.ts runs those suites once on each.
 */
export type StoreBackend = "dynalite" | "dynamodb-local";

export function storeBackend(env: NodeJS.ProcessEnv = process.env): StoreBackend {
  const value = env.BACK_COACH_STORE ?? "dynalite";
  if (value === "dynalite" || value === "dynamodb-local") return value;
  throw new Error(
    `BACK_COACH_STORE must be dynalite or dynamodb-local, not ${JSON.stringify(value)}`,
  );
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The one DynamoDB Local that tests/support/dynamodb-local-setup.ts started for the run. */
    dynamodbLocalEndpoint: string;
  }
}

/**
 * A server of the chosen backend on loopback, in memory or persisted in `path`, on `port` or a
 * free one: as lambda/local/local-dynamo.ts's startLocalDynamo, for tests that stop and restart
 * their own store (a persisted DynamoDB Local is a JVM of its own, warmed up before it is used).
 */
export async function startLocalDynamo(
  options: { path?: string; port?: number } = {},
): Promise<LocalDynamo> {
  if (storeBackend() === "dynalite") return startDynalite(options);
  const server = await startDynamoDbLocal(options);
  try {
    await warmUp(server.endpoint);
  } catch (error) {
    await server.close();
    throw error;
  }
  return server;
}

export interface TableServer {
  readonly dynamo: LocalDynamo;
  /** A name of its own on a shared server; `wanted` itself on a server of its own. */
  readonly tableName: string;
  /** Drops the table, and stops the server if it is the table's own. */
  close(): Promise<void>;
}

/**
 * A server holding a fresh, empty table. On dynalite, an in-memory server of the table's own,
 * as always. On DynamoDB Local, the run's shared server (one JVM for every test file) and a
 * table name no other test file uses.
 */
export async function startTableServer(wanted: string): Promise<TableServer> {
  if (storeBackend() === "dynalite") {
    const dynamo = await startDynalite();
    await createTable(dynamo.endpoint, wanted);
    return { dynamo, tableName: wanted, close: () => dynamo.close() };
  }
  const endpoint = inject("dynamodbLocalEndpoint");
  if (!endpoint)
    throw new Error(
      "BACK_COACH_STORE=dynamodb-local needs the shared server that " +
        "tests/support/dynamodb-local-setup.ts starts: run through vitest.config.ts's dynamodb-local project",
    );
  const tableName = `${wanted}-${randomUUID().slice(0, 8)}`;
  await createTable(endpoint, tableName);
  return {
    // The shared server outlives every table; the project's teardown stops it.
    dynamo: { endpoint, close: async () => {} },
    tableName,
    close: async () => {
      const client = rawClient(endpoint);
      try {
        await client.send(new DeleteTableCommand({ TableName: tableName }));
      } finally {
        client.destroy();
      }
    },
  };
}

function rawClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, ...LOCAL_AWS_CLIENT });
}

async function createTable(endpoint: string, tableName: string): Promise<void> {
  const client = rawClient(endpoint);
  try {
    await ensureLocalTable(client, tableName);
  } finally {
    client.destroy();
  }
}

/**
 * The calls the store makes, a few times over on a throwaway table: a cold JVM parses its
 * first expressions and compiles its hot paths slowly, and a busy machine could push those
 * first answers past the client's 0.8 s timeout in the middle of a test.
 */
export async function warmUp(endpoint: string): Promise<void> {
  const raw = rawClient(endpoint);
  const client = DynamoDBDocumentClient.from(raw);
  const TableName = `warm-up-${randomUUID().slice(0, 8)}`;
  try {
    await ensureLocalTable(raw, TableName);
    for (let round = 0; round < 5; round++) {
      const pk = `USER#warm-${round}`;
      await client.send(
        new PutCommand({
          TableName,
          Item: { pk, sk: "PROFILE", version: 1, progress: { segmentIndex: round } },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      await client.send(
        new PutCommand({
          TableName,
          Item: { pk, sk: "PROFILE", version: 2, tips: { heard: { protein: ["protein-1"] } } },
          ConditionExpression: "version = :expected",
          ExpressionAttributeValues: { ":expected": 1 },
        }),
      );
      await client.send(
        new PutCommand({
          TableName,
          Item: { pk, sk: `WORKOUT#2026-11-22T10:00:0${round % 10}.000Z#r${round}` },
          ConditionExpression: "attribute_not_exists(sk)",
        }),
      );
      await client.send(
        new UpdateCommand({
          TableName,
          Key: { pk, sk: "PROFILE" },
          UpdateExpression: "SET #v = :next",
          ConditionExpression: "#v = :expected",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":expected": 2, ":next": 3 },
        }),
      );
      await client.send(
        new GetCommand({ TableName, Key: { pk, sk: "PROFILE" }, ConsistentRead: true }),
      );
      await client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
          ExpressionAttributeValues: { ":pk": pk, ":from": "WORKOUT#", ":to": "WORKOUT#~" },
          ScanIndexForward: false,
        }),
      );
      const keys = await client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": pk },
          ProjectionExpression: "pk, sk",
        }),
      );
      await client.send(
        new BatchWriteCommand({
          RequestItems: {
            [TableName]: (keys.Items ?? []).map((Key) => ({ DeleteRequest: { Key } })),
          },
        }),
      );
      await client.send(new DeleteCommand({ TableName, Key: { pk, sk: "PROFILE" } }));
    }
  } finally {
    try {
      await raw.send(new DeleteTableCommand({ TableName }));
    } finally {
      client.destroy();
    }
  }
}
