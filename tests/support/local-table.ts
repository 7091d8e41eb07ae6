import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  ensureLocalTable,
  type LocalDynamo,
  startLocalDynamo,
} from "../../lambda/local/local-dynamo";
import { createDocumentClient } from "../../lambda/store/dynamo-client";

export interface LocalTable {
  readonly dynamo: LocalDynamo;
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Every request the client sent, by command name: reads and writes can be counted. */
  readonly calls: string[];
  close(): Promise<void>;
}

/** A fresh in-memory dynalite with the skill's table, and the real client pointed at it. */
export async function startLocalTable(tableName = "back-coach-test"): Promise<LocalTable> {
  const dynamo = await startLocalDynamo();
  await ensureLocalTable(new DynamoDBClient({ endpoint: dynamo.endpoint }), tableName);
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: "initialize", name: "countCalls" },
  );
  return {
    dynamo,
    client,
    tableName,
    calls,
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}

/** Every item of a user, as the table holds it (keys included), for tests that look inside. */
export async function itemsOf(
  table: Pick<LocalTable, "client" | "tableName">,
  userId: string,
): Promise<Record<string, unknown>[]> {
  const result = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `USER#${userId}` },
    }),
  );
  return result.Items ?? [];
}
