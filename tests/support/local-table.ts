import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { createDocumentClient } from "./document-client";
import { type LocalDynamo, startTableServer } from "./store-backend";

export interface LocalTable {
  readonly dynamo: LocalDynamo;
  /** The store's own kind of client (createStoreClient), counting and recording its calls. */
  readonly client: DynamoDBClient;
  /** A document client on the same table, uncounted: for tests that read or plant items. */
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Every request the client sent, by command name: reads and writes can be counted. */
  readonly calls: string[];
  /** Every request the client sent, as it went: for tests that check what a write carried. */
  readonly sent: SentRequest[];
  close(): Promise<void>;
}

/**
 * A request after serialising: its command, its input in DynamoDB's own form (values as
 * attribute values: `{ S: "PROFILE" }`), and the size of its body on the wire.
 */
export interface SentRequest {
  readonly command: string;
  readonly input: {
    readonly Key?: Readonly<Record<string, AttributeValue>>;
    readonly Item?: Readonly<Record<string, AttributeValue>>;
    readonly UpdateExpression?: string;
    readonly ConditionExpression?: string;
    readonly ExpressionAttributeNames?: Record<string, string>;
    readonly ExpressionAttributeValues?: Readonly<Record<string, AttributeValue>>;
  };
  readonly bytes: number;
}

/**
 * A fresh, empty table with the skill's key schema, and the real client pointed at it: on an
 * in-memory dynalite of its own, or on the run's DynamoDB Local under a name of its own
 * (BACK_COACH_STORE, see store-backend.ts). Use `tableName`, not the name asked for.
 */
export async function startLocalTable(wanted = "back-coach-test"): Promise<LocalTable> {
  const { dynamo, tableName, close } = await startTableServer(wanted);
  const client = createStoreClient({ endpoint: dynamo.endpoint });
  const documents = createDocumentClient({ endpoint: dynamo.endpoint });
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: "initialize", name: "countCalls" },
  );
  const sent: SentRequest[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      const body = (args.request as { body?: unknown } | undefined)?.body;
      sent.push({
        command: String(context.commandName),
        input: args.input as SentRequest["input"],
        bytes:
          typeof body === "string"
            ? Buffer.byteLength(body)
            : body instanceof Uint8Array
              ? body.byteLength
              : Number.NaN,
      });
      return next(args);
    },
    { step: "build", name: "recordRequests" },
  );
  return {
    dynamo,
    client,
    documents,
    tableName,
    calls,
    sent,
    close: async () => {
      client.destroy();
      documents.destroy();
      await close();
    },
  };
}

/** Which item a request went to: its sort key (undefined for a Query or a batch). */
export function sortKeyOf(request: SentRequest): string | undefined {
  return request.input.Key?.sk?.S ?? request.input.Item?.sk?.S;
}

/** One item of a user as the table holds it (keys included), read consistently. */
export async function itemOf(
  table: Pick<LocalTable, "documents" | "tableName">,
  userId: string,
  sk: string,
): Promise<Record<string, unknown> | undefined> {
  const result = await table.documents.send(
    new GetCommand({
      TableName: table.tableName,
      Key: { pk: `USER#${userId}`, sk },
      ConsistentRead: true,
    }),
  );
  return result.Item;
}

/** Every item of a user, as the table holds it (keys included), for tests that look inside. */
export async function itemsOf(
  table: Pick<LocalTable, "documents" | "tableName">,
  userId: string,
): Promise<Record<string, unknown>[]> {
  const result = await table.documents.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `USER#${userId}` },
    }),
  );
  return result.Items ?? [];
}
