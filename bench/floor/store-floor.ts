/**
 * The floor for a turn with storage: the pattern of ask-sdk's official persistence adapter,
 * which reads the user's item at the start of every turn and writes it back at the end,
 * through a document client as that adapter does (with the store's timeouts and sockets).
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { getUserId, SkillBuilders } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { storeClientConfig } from "../../lambda/store/dynamo-client";

export function storeFloorSkill(client: DynamoDBDocumentClient, tableName: string) {
  const skill = SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: () => true,
      async handle(h) {
        const key = { pk: `FLOOR#${getUserId(h.requestEnvelope)}`, sk: "PROFILE" };
        const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key }));
        const turns = typeof Item?.turns === "number" ? Item.turns + 1 : 1;
        await client.send(new PutCommand({ TableName: tableName, Item: { ...key, turns } }));
        return h.responseBuilder.speak("ok").reprompt("ok").getResponse();
      },
    })
    .create();
  return (event: RequestEnvelope) => skill.invoke(event);
}

/** The floor's client: a document client on `endpoint`, set up as the store's client is. */
export function floorClient(endpoint: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(storeClientConfig({ endpoint })), {
    marshallOptions: { removeUndefinedValues: true },
  });
}
