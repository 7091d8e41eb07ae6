import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalTable, startLocalTable } from "../support/local-table";
import { storeBackend } from "../support/store-backend";

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable();
});
afterAll(() => table.close());

describe("the store the tests run on", () => {
  it("is the one BACK_COACH_STORE names: dynalite has no transactions, DynamoDB Local has", async () => {
    const transaction = table.documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: table.tableName, Item: { pk: "USER#backend", sk: "PROFILE" } } },
        ],
      }),
    );
    if (storeBackend() === "dynamodb-local") await expect(transaction).resolves.toBeDefined();
    else await expect(transaction).rejects.toMatchObject({ name: "UnknownOperationException" });
  });
});
