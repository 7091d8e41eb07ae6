import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getWorkout,
  noWorkDone,
  planFor,
  segmentSeconds,
  summarizeWork,
  type WorkDone,
  withHeard,
} from "../../lambda/coach";
import type { BackCoachSkill } from "../../lambda/envelope-guard";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { type DynaliteProcess, startDynaliteProcess } from "../../lambda/local/dynalite-process";
import { freePort } from "../../lambda/local/free-port";
import { createLogger } from "../../lambda/logger";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { said, TEST_SKILL_ID, TestDevice } from "../support/device";
import { createDocumentClient } from "../support/document-client";

const USERS = 200;
const DEVICES_OF_ONE_USER = 50;
const PULL_UPS = getWorkout("pull-ups-beginner");
const SEGMENTS = planFor(PULL_UPS).length;

/** The work of segments 0 to `last`, each heard to its end. */
function heardUpTo(last: number): WorkDone {
  const seconds = segmentSeconds(voice(DEFAULT_LOCALE), PULL_UPS);
  let done = noWorkDone(PULL_UPS);
  for (let s = 0; s <= last; s++) done = withHeard(PULL_UPS, done, s, seconds[s] ?? 0);
  return done;
}

const TABLE = "back-coach-load";
let dynamo: DynaliteProcess;
let client: ReturnType<typeof createDocumentClient>;
let storeClient: ReturnType<typeof createStoreClient>;
let server: ChildProcess;
let base: string;
let turns = 0;
/** What the server printed: any storage error would show here. */
let serverOutput = "";

/** The skill as Alexa reaches it over HTTP: each request a POST to `npm run serve`. */
const overHttp: BackCoachSkill = {
  supports: () => true,
  appendAdditionalUserAgent: () => {},
  async invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    turns++;
    const response = await fetch(`${base}/`, { method: "POST", body: JSON.stringify(envelope) });
    if (response.status !== 200)
      throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    return (await response.json()) as ResponseEnvelope;
  },
};

beforeAll(async () => {
  dynamo = await startDynaliteProcess(TABLE);
  client = createDocumentClient({ endpoint: dynamo.endpoint });
  storeClient = createStoreClient({ endpoint: dynamo.endpoint });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ["--import", "tsx", "lambda/http/serve-cli.ts", "--port", String(port), "--no-verify"],
    {
      env: {
        ...process.env,
        TABLE_NAME: TABLE,
        AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
        SKILL_ID: TEST_SKILL_ID,
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  serverOutput = "";
  server.stderr?.on("data", (chunk) => {
    serverOutput += chunk;
  });
  server.stdout?.on("data", (chunk) => {
    serverOutput += chunk;
  });
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`server did not start: ${serverOutput}`);
    await sleep(100);
  }
}, 30_000);

afterAll(async () => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  client.destroy();
  storeClient.destroy();
  await dynamo.close();
});

async function workoutLog(userId: string) {
  const result = await client.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :w)",
      ExpressionAttributeValues: { ":pk": `USER#${userId}`, ":w": "WORKOUT#" },
    }),
  );
  return result.Items ?? [];
}

describe("load over HTTP (loopback, verification off)", () => {
  it(`runs ${USERS} users' dialogs in parallel; every user ends exactly where their script says`, async () => {
    const started = performance.now();
    const before = turns;
    // User i goes (i % 6) + 1 segments into the beginner pull-ups, then stops.
    const steps = (i: number) => (i % 6) + 1;
    const warnings: string[] = [];
    const heard = (response: ResponseEnvelope) => {
      if (said(response).includes("couldn't save")) warnings.push(said(response));
    };
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const device = new TestDevice(overHttp, `load-${i}`);
        heard(await device.launch());
        heard(
          await device.intent("StartWorkoutIntent", {
            workoutKind: { value: "pull ups", id: "pull-ups" },
          }),
        );
        for (let s = 0; s < steps(i); s++) heard(await device.intent("ReadyIntent"));
        heard(await device.intent("AMAZON.StopIntent"));
      }),
    );
    // Storage is healthy, however busy: no user hears that progress could not be saved.
    expect(warnings).toEqual([]);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `load: ${turns - before} turns from ${USERS} users in ${seconds.toFixed(1)} s: ${((turns - before) / seconds).toFixed(0)} turns/s`,
    );

    const store = new DynamoUserStore(
      storeClient,
      TABLE,
      createLogger("error", () => {}),
    );
    for (let i = 0; i < USERS; i++) {
      const { record } = await store.load(`load-${i}`);
      // Every segment was heard to its end, so the place to pick up is the one after the last.
      const position = {
        workoutId: "pull-ups-beginner",
        segmentIndex: steps(i) + 1,
        status: "paused",
      } as const;
      expect(record.progress, `user ${i}`).toMatchObject(position);
      expect(record.disclaimerHeard).toBe(true);
      // Stopping logs the work heard, if it lasted a minute or more: exactly one entry.
      const done = heardUpTo(steps(i));
      const log = await workoutLog(`load-${i}`);
      expect(log, `user ${i}'s history`).toMatchObject(
        done.seconds >= 60
          ? [
              {
                workoutId: "pull-ups-beginner",
                completed: false,
                moves: summarizeWork(PULL_UPS, done).moves,
              },
            ]
          : [],
      );
      // Minutes come from each segment as it was spoken: within a rounding of the estimate.
      for (const entry of log)
        expect(Math.abs(Number(entry.minutes) - done.seconds / 60)).toBeLessThanOrEqual(1);
    }
    expect(serverOutput).not.toMatch(/Could not save user|Request failed/);
  }, 120_000);

  it(`records exactly ${DEVICES_OF_ONE_USER} workouts when ${DEVICES_OF_ONE_USER} devices of one user finish at once`, async () => {
    const outputBefore = serverOutput.length;
    const devices = Array.from(
      { length: DEVICES_OF_ONE_USER },
      () => new TestDevice(overHttp, "one-busy-user"),
    );
    const answers: string[] = [];
    const everyDevice = async (turn: (d: TestDevice) => Promise<ResponseEnvelope>) => {
      answers.push(...(await Promise.all(devices.map(turn))).map(said));
    };
    await everyDevice((d) =>
      d.intent("StartWorkoutIntent", { workoutKind: { value: "pull ups", id: "pull-ups" } }),
    );
    for (let s = 1; s < SEGMENTS; s++) await everyDevice((d) => d.intent("ReadyIntent"));
    const finished = (await workoutLog("one-busy-user")).filter((item) => item.completed === true);
    expect(finished).toHaveLength(DEVICES_OF_ONE_USER);
    // Every write won its race in the end: no device lost an update or heard a storage warning.
    expect(serverOutput.slice(outputBefore)).not.toMatch(/Could not save user|Request failed/);
    expect(answers.filter((answer) => answer.includes("couldn't save"))).toEqual([]);
  }, 120_000);
});
