import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { LogLevel } from "../../lambda/config";
import { RequestLogger } from "../../lambda/observability/request-logger";
import { StorageError } from "../../lambda/store/user-store";

const context = {
  functionName: "back-coach",
  awsRequestId: "aws-1",
  invokedFunctionArn: "arn:aws:lambda:us-east-1:1:function:back-coach",
  memoryLimitInMB: "1024",
} as Context;

function logger(
  level: LogLevel,
  env: NodeJS.ProcessEnv = { AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand" },
) {
  const lines: { line: Record<string, unknown>; level: LogLevel }[] = [];
  const logs = new RequestLogger(
    level,
    (line, at) => lines.push({ line: JSON.parse(line), level: at }),
    env,
  );
  return { logs, lines };
}

describe("the Lambda's request logger (JSON lines, in the shape Powertools wrote)", () => {
  it("writes the level, message, service, Lambda context, trace, the request's keys and the details", () => {
    const { logs, lines } = logger("info", {
      AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
      _X_AMZN_TRACE_ID:
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
    });
    logs.startRequest(context, { alexaRequestId: "req-1", intent: "ReadyIntent" });
    const error = new StorageError("save", { cause: new Error("throttled") });
    logs.logger.error("Could not save user", { userId: "u1", error });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe("error");
    expect(lines[0]?.line).toMatchObject({
      level: "ERROR",
      message: "Could not save user",
      service: "back-coach",
      cold_start: true,
      function_name: "back-coach",
      function_arn: context.invokedFunctionArn,
      function_memory_size: "1024",
      function_request_id: "aws-1",
      xray_trace_id: "1-5759e988-bd862e3fe1be46a994272793",
      alexaRequestId: "req-1",
      intent: "ReadyIntent",
      userId: "u1",
      error: { name: "StorageError", cause: "Error: throttled" },
    });
    expect(Number.isNaN(Date.parse(String(lines[0]?.line.timestamp)))).toBe(false);
  });

  it("drops lines below its level, and a request's keys when it ends", () => {
    const { logs, lines } = logger("warn");
    logs.startRequest(context, { alexaRequestId: "req-1" });
    logs.logger.info("not kept");
    logs.logger.debug("not kept either");
    logs.endRequest();
    logs.logger.warn("between requests");
    expect(lines.map(({ line }) => line.message)).toEqual(["between requests"]);
    expect(lines[0]?.line).not.toHaveProperty("alexaRequestId");
  });

  it("says cold start on the first request of an on-demand container only", () => {
    const { logs, lines } = logger("info");
    logs.startRequest(context, {});
    logs.logger.info("first");
    logs.startRequest(context, {});
    logs.logger.info("second");
    expect(lines.map(({ line }) => line.cold_start)).toEqual([true, false]);
    const ahead = logger("info", { AWS_LAMBDA_INITIALIZATION_TYPE: "provisioned-concurrency" });
    ahead.logs.startRequest(context, {});
    ahead.logs.logger.info("first");
    expect(ahead.lines[0]?.line.cold_start).toBe(false);
  });
});
