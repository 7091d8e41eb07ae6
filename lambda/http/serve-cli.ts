/**
 * `npm run serve -- [--port N] [--host H] [--no-verify]`: Back Coach as a web service.
 * Storage: the real DynamoDB when TABLE_NAME is set (credentials and region from the usual AWS
 * settings), otherwise the embedded one under .data/ as for `npm start`.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { readSkillOptions } from "../config";
import { optionalString } from "../env";
import { LOCAL_TABLE_NAME } from "../local/console-skill";
import { applyEnvDefaults, LOCAL_AWS_ENV, QUIET_SDK_ENV } from "../local/local-aws-env";
import { ensureLocalTable, startLocalDynamo } from "../local/local-dynamo";
import { createLogger } from "../logger";
import { buildSkill } from "../skill";
import { createDocumentClient } from "../store/dynamo-client";
import { DynamoUserStore } from "../store/dynamo-user-store";
import { isLoopback } from "./loopback";
import { createSkillServer } from "./skill-server";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "3000" },
      host: { type: "string", default: "127.0.0.1" },
      "no-verify": { type: "boolean", default: false },
      data: { type: "string", default: ".data" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  const verify = !values["no-verify"];
  if (!verify && !isLoopback(values.host)) {
    throw new Error("--no-verify is only allowed on a loopback host (127.0.0.1, ::1, localhost).");
  }
  // The Lambda's settings, checked as the Lambda checks them, except that the table is optional.
  const { logLevel, skillId } = readSkillOptions(process.env);
  const logger = createLogger(logLevel);

  applyEnvDefaults(QUIET_SDK_ENV);
  let tableName = optionalString(process.env, "TABLE_NAME");
  let stopStorage = async () => {};
  let endpoint: string | undefined;
  if (!tableName) {
    applyEnvDefaults(LOCAL_AWS_ENV);
    const dynamo = await startLocalDynamo({ path: join(resolve(values.data), "dynamodb") });
    const admin = new DynamoDBClient({ endpoint: dynamo.endpoint });
    await ensureLocalTable(admin, LOCAL_TABLE_NAME);
    admin.destroy();
    tableName = LOCAL_TABLE_NAME;
    endpoint = dynamo.endpoint;
    stopStorage = dynamo.close;
  }
  const client = createDocumentClient(endpoint ? { endpoint } : {});
  const skill = buildSkill({
    store: new DynamoUserStore(client, tableName, logger),
    logger,
    ...(skillId ? { skillId } : {}),
  });

  if (!verify) {
    process.stderr.write(
      "\n  WARNING: request signature and timestamp verification is OFF.\n  Anyone who can reach this port can impersonate Alexa. Use only for local testing.\n\n",
    );
  }
  const server = createSkillServer({ skill, verify }).listen(port, values.host, () => {
    const address = server.address();
    const shown =
      typeof address === "object" && address ? `${values.host}:${address.port}` : values.host;
    logger.info("Back Coach is listening", {
      address: shown,
      verify,
      storage: endpoint ? "embedded" : "dynamodb",
    });
  });

  // Finish requests in flight, then close storage, on Ctrl-C or a platform's stop signal.
  const shutdown = (signal: string) => {
    logger.info("Shutting down", { signal });
    server.close(() => {
      client.destroy();
      void stopStorage().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  return 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
