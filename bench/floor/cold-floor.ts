/**
 * The floor for a cold start: the least a skill can do for the same job. ask-sdk-core, the same
 * DynamoDB document client, one GetItem, and "hello". Bundled exactly like Back Coach.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { getUserId, SkillBuilders } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    async handle(h) {
      await client.send(
        new GetCommand({
          TableName: process.env.TABLE_NAME,
          Key: { pk: getUserId(h.requestEnvelope), sk: "PROFILE" },
        }),
      );
      return h.responseBuilder.speak("hello").getResponse();
    },
  })
  .create();

export const handler = (event: RequestEnvelope) => skill.invoke(event);
