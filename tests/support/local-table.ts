import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createDocumentClient } from "../../lambda/store/dynamo-client";
import { type LocalDynamo, startTableServer } from "./store-backend";

export interface LocalTable {
  readonly dynamo: LocalDynamo;
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Every request the client sent, by command name: reads and writes can be counted. */
  readonly calls: string[];
  close(): Promise<void>;
}

/**
 * A fresh, empty table with the skill's key schema, and the real client pointed at it: on an
 * in-memory dynalite of its own, or on the run's DynamoDB Local under a name of its own
 * (BACK_COACH_STORE, see store-backend.ts). Use `tableName`, not the name asked for.
 */
export async function startLocalTable(wanted = "back-coach-test"): Promise<LocalTable> {
  const { dynamo, tableName, close } = await startTableServer(wanted);
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
      await close();
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
