/**
 * `npm run serve -- [--port N] [--host H] [--no-verify] [--any-skill]`: Back Coach as a web
 * service. Needs SKILL_ID (serve-settings.ts says why and when not). Storage: the real
 * DynamoDB when TABLE_NAME is set (with AWS_REGION and the usual AWS credentials), otherwise
 * the embedded one under .data/ as for `npm start`.
 */
import { join, resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_TABLE_NAME } from "../local/console-skill";
import { applyEnvDefaults, LOCAL_AWS_ENV, QUIET_SDK_ENV } from "../local/local-aws-env";
import { ensureLocalTable, startLocalDynamo } from "../local/local-dynamo";
import { createLogger } from "../logger";
import { buildSkill } from "../skill";
import { createStoreClient } from "../store/dynamo-client";
import { DynamoUserStore } from "../store/dynamo-user-store";
import { createHttpServer } from "./http-server";
import { readServeSettings } from "./serve-settings";
import { createSkillServer } from "./skill-server";

async function main(): Promise<number> {
  const settings = readServeSettings(process.argv.slice(2), process.env);
  const { verify, skillId, table, host } = settings;
  const logger = createLogger(settings.logLevel);

  applyEnvDefaults(QUIET_SDK_ENV);
  let tableName = table?.name;
  let stopStorage = async () => {};
  let endpoint: string | undefined;
  if (!tableName) {
    applyEnvDefaults(LOCAL_AWS_ENV);
    const dynamo = await startLocalDynamo({ path: join(resolve(settings.data), "dynamodb") });
    const admin = new DynamoDBClient({ endpoint: dynamo.endpoint });
    await ensureLocalTable(admin, LOCAL_TABLE_NAME);
    admin.destroy();
    tableName = LOCAL_TABLE_NAME;
    endpoint = dynamo.endpoint;
    stopStorage = dynamo.close;
  }
  // Many users at once: a connection pool sized for a server, not for one Lambda request.
  const client = createStoreClient({
    ...(endpoint ? { endpoint } : {}),
    ...(table ? { region: table.region } : {}),
    host: "server",
  });
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
  if (!skillId) {
    process.stderr.write(
      "\n  WARNING: no SKILL_ID (--any-skill): requests for any skill are answered.\n\n",
    );
  }
  const app = createSkillServer({ skill, verify, logger });
  const server = createHttpServer(app).listen(settings.port, host, () => {
    const address = server.address();
    const shown = typeof address === "object" && address ? `${host}:${address.port}` : host;
    logger.info("Back Coach is listening", {
      address: shown,
      verify,
      skillId: skillId ?? "any",
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
