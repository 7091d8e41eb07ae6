import { spawnSync } from "node:child_process";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { RequestEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { said, TEST_SKILL_ID } from "../support/device";
import { type LocalTable, startLocalTable } from "../support/local-table";

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable("back-coach-lambda");
});
afterAll(() => table.close());

const launch = launchEnvelope(TEST_SKILL_ID, "lambda-user", "2026-11-22T09:00:00Z");

describe("lambda/index.ts", () => {
  it("answers through an async handler, configured from the environment", async () => {
    process.env.TABLE_NAME = table.tableName;
    process.env.SKILL_ID = TEST_SKILL_ID;
    process.env.LOG_LEVEL = "error";
    process.env.AWS_ENDPOINT_URL_DYNAMODB = table.dynamo.endpoint;
    const { handler } = await import("../../lambda/index");
    expect(handler.length).toBe(2);
    const response = await handler(launch, {} as Context);
    expect(said(response)).toMatch(/^Welcome to Back Coach!/);
    // Nothing urgent changed, so nothing was written yet...
    for (const sk of ["PROFILE", "PROFILE#POSITION"]) {
      const key = { TableName: table.tableName, Key: { pk: "USER#lambda-user", sk } };
      expect((await table.documents.send(new GetCommand(key))).Item).toBeUndefined();
    }
    // ...until the session ends: then the health note is stored through the environment's endpoint.
    await handler(
      {
        ...launch,
        session: { ...launch.session, new: false, attributes: response.sessionAttributes ?? {} },
        request: {
          type: "SessionEndedRequest",
          requestId: "r2",
          timestamp: "2026-11-22T09:00:09Z",
          locale: "en-US",
          reason: "USER_INITIATED",
        },
      } as unknown as RequestEnvelope,
      {} as Context,
    );
    const stored = await table.documents.send(
      new GetCommand({
        TableName: table.tableName,
        Key: { pk: "USER#lambda-user", sk: "PROFILE" },
      }),
    );
    expect(stored.Item).toMatchObject({ disclaimerHeard: true, version: 1 });
  });

  it("answers a null event with a short spoken answer, not an exception", async () => {
    const { handler } = await import("../../lambda/index");
    const response = await handler(null as unknown as RequestEnvelope, {} as Context);
    expect(said(response)).toMatch(/^Sorry, I didn't catch that\./);
  });

  it("refuses to start without TABLE_NAME, with a clear message", () => {
    const env = { ...process.env };
    delete env.TABLE_NAME;
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "-e", "await import('./lambda/index.ts')"],
      {
        env,
        encoding: "utf8",
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("TABLE_NAME is not set");
  });
});
