import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { freePort } from "./free-port";
import { LOCAL_AWS_CLIENT } from "./local-aws-env";
import { ensureLocalTable } from "./local-dynamo";

export interface DynaliteProcess {
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * dynalite in a process of its own, for load tests: sharing the test's event loop with
 * hundreds of simulated devices would make the database, not the skill, the bottleneck.
 */
export async function startDynaliteProcess(tableName: string): Promise<DynaliteProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(import.meta.dirname, "../../node_modules/dynalite/cli.js"),
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--createTableMs",
      "0",
    ],
    { stdio: "ignore" },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, ...LOCAL_AWS_CLIENT });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await ensureLocalTable(client, tableName);
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
  client.destroy();
  return {
    endpoint,
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
