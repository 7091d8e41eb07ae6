import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestEnvelope } from "../../lambda/local/envelopes";
import { TEST_SKILL_ID } from "../support/device";
import { type LocalTable, startLocalTable } from "../support/local-table";

let table: LocalTable;
beforeAll(async () => {
  table = await startLocalTable("back-coach-observed");
});
afterAll(() => table.close());

const run = promisify(execFile);

/**
 * Runs the Lambda entry in its own process, as Lambda would, and returns the JSON lines it
 * printed (the logger and the EMF metrics write to stdout and stderr). Asynchronous, so the
 * test's own dynalite keeps answering meanwhile.
 */
async function invokeLambda(tableName: string, requests: unknown[]): Promise<string[]> {
  const script = `
    const { handler } = await import("./lambda/index.ts");
    for (const event of JSON.parse(process.env.EVENTS)) {
      await handler(event, { functionName: "back-coach", awsRequestId: "aws-req", invokedFunctionArn: "arn:aws:lambda:us-east-1:1:function:back-coach", memoryLimitInMB: "1024", functionVersion: "1" });
    }`;
  const result = await run(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        TABLE_NAME: tableName,
        SKILL_ID: TEST_SKILL_ID,
        LOG_LEVEL: "info",
        AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
        EVENTS: JSON.stringify(requests),

        // What Lambda sets for an on-demand container; cold starts are counted from it.
        AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
      },
    },
  );
  return `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => line.startsWith("{"));
}

const envelope = (request: Record<string, unknown>, requestId: string) =>
  requestEnvelope({
    applicationId: TEST_SKILL_ID,
    userId: "amzn1.ask.account.observed",
    request,
    session: { id: "s", new: true, attributes: {} },
    requestId,
    timestamp: "2026-11-22T09:00:00Z",
    locale: "en-US",
    apiAccessToken: "secret-token-never-logged",
  });

const start = envelope(
  {
    type: "IntentRequest",
    intent: { name: "StartWorkoutIntent", confirmationStatus: "NONE", slots: {} },
  },
  "req-start",
);

describe("Lambda observability", () => {
  it("publishes metrics as EMF: cold start, workouts started, turn latency", async () => {
    const lines = (await invokeLambda(table.tableName, [start])).map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    const emf = lines.filter((line) => line._aws !== undefined);
    const names = emf.flatMap((line) => {
      const aws = line._aws as {
        CloudWatchMetrics: { Namespace: string; Metrics: { Name: string }[] }[];
      };
      return aws.CloudWatchMetrics.flatMap((m) =>
        m.Metrics.map((metric) => `${m.Namespace}/${metric.Name}`),
      );
    });
    expect(names).toEqual(
      expect.arrayContaining([
        "BackCoach/ColdStart",
        "BackCoach/WorkoutsStarted",
        "BackCoach/TurnLatency",
      ]),
    );
  });

  it("logs structured JSON with the request id and intent, and never the token", async () => {
    // A table that does not exist: the read and the write fail and are logged.
    const lines = await invokeLambda("missing-table", [start]);
    const logs = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.message);
    const saveFailure = logs.find((log) => log.message === "Could not save user");
    expect(saveFailure).toMatchObject({
      level: "ERROR",
      service: "back-coach",
      // The container's first request, and its line says so.
      cold_start: true,
      alexaRequestId: "req-start",
      intent: "StartWorkoutIntent",
      userId: "amzn1.ask.account.observed",
      error: { name: "StorageError" },
    });
    for (const line of lines) {
      expect(line).not.toContain("secret-token-never-logged");
      expect(line).not.toContain('"session"');
    }
  });

  it("a line a later request logs carries that request's keys and no cold start", async () => {
    // The first request logs nothing; the second (a session Alexa ended with an error) warns.
    const ended = envelope(
      {
        type: "SessionEndedRequest",
        reason: "ERROR",
        error: { type: "INVALID_RESPONSE", message: "bad" },
      },
      "req-ended",
    );
    const lines = await invokeLambda(table.tableName, [start, ended]);
    const logs = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.message);
    expect(logs.map((log) => log.message)).toEqual(["Session ended with an error"]);
    expect(logs[0]).toMatchObject({
      level: "WARN",
      alexaRequestId: "req-ended",
      requestType: "SessionEndedRequest",
      errorType: "INVALID_RESPONSE",
      cold_start: false,
      function_name: "back-coach",
    });
    expect(logs[0]).not.toHaveProperty("intent");
  });
});
