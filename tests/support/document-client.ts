import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type StoreClientOptions, storeClientConfig } from "../../lambda/store/dynamo-client";

/**
 * A document client with the store's settings, for tests that read or plant items as plain
 * values. The store itself uses the low-level client (createStoreClient).
 */
export function createDocumentClient(options: StoreClientOptions = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(storeClientConfig(options)), {
    marshallOptions: { removeUndefinedValues: true },
  });
}
