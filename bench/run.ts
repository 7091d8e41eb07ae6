/**
 * `npm run bench`: measures Back Coach as it is deployed and prints a table, then one JSON
 * object as the last line. Everything runs bundled exactly as the CDK stack bundles the Lambda
 * (infra/lambda-bundling.ts), against a dynalite in its own process; floors are measured in the
 * same run, alternating with ours, so the comparisons hold on a noisy machine. Exits non-zero
 * when any target is missed.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build, type Metafile } from "esbuild";
import { esbuildOptions } from "../infra/lambda-bundling";
import { startDynaliteProcess } from "../lambda/local/dynalite-process";
import { requestEnvelope } from "../lambda/local/envelopes";
import { applyEnvDefaults, LOCAL_AWS_ENV, QUIET_SDK_ENV } from "../lambda/local/local-aws-env";
import { BENCH_SCREEN, BENCH_SKILL_ID, BENCH_SPEAKER } from "./dialog";
import { percentile } from "./stats";

const run = promisify(execFile);
applyEnvDefaults(QUIET_SDK_ENV);
const COLD_RUNS = 25;
const TABLE = "back-coach-bench";
const dir = mkdtempSync(join(tmpdir(), "back-coach-bench-"));

function ownBytes(metafile: Metafile): number {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  return Object.entries(output?.inputs ?? {})
    .filter(([file]) => !file.includes("node_modules"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
}

/** The words (lambda/content) the build copies beside the bundle: data, loaded with it. */
function wordsBytes(metafile: Metafile): number {
  return Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith(".words.json"))
    .reduce((sum, [, output]) => sum + output.bytes, 0);
}

async function bundle(
  entry: string,
  name: string,
): Promise<{ file: string; bytes: number; own: number; words: number }> {
  const file = join(dir, name, "index.js");
  const { metafile } = await build({ ...esbuildOptions(file, entry), write: true });
  if (!metafile) throw new Error("esbuild returned no metafile");
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  return { file, bytes: output?.bytes ?? 0, own: ownBytes(metafile), words: wordsBytes(metafile) };
}

/**
 * One fresh Node process: load the bundle, answer one LaunchRequest for a new user, from a
 * speaker or from an Echo Show (whose answer carries a screen).
 */
async function coldStart(
  file: string,
  env: NodeJS.ProcessEnv,
  userId: string,
  device = BENCH_SPEAKER,
): Promise<number> {
  const event = requestEnvelope({
    applicationId: BENCH_SKILL_ID,
    userId,
    request: { type: "LaunchRequest" },
    session: { id: "s", new: true, attributes: {} },
    requestId: "r",
    timestamp: new Date().toISOString(),
    locale: "en-US",
    device: { deviceId: "bench", supportedInterfaces: device.supportedInterfaces },
    ...(device.viewport ? { viewport: device.viewport } : {}),
  });
  const script = `const t0 = performance.now();
    require(${JSON.stringify(file)}).handler(${JSON.stringify(event)}, {}).then(() => {
      process.stdout.write("\\nCOLD " + (performance.now() - t0) + "\\n");
    });`;
  const { stdout } = await run(process.execPath, ["-e", script], { env, cwd: dir });
  const line = stdout.split("\n").find((l) => l.startsWith("COLD "));
  if (!line) throw new Error(`no timing from cold start: ${stdout}`);
  return Number(line.slice(5));
}

/** Runs everything; returns the names of the targets missed. */
async function main(): Promise<string[]> {
  const [ours, floor, warm, store] = await Promise.all([
    bundle(join(import.meta.dirname, "../lambda/index.ts"), "ours"),
    bundle(join(import.meta.dirname, "floor/cold-floor.ts"), "floor"),
    bundle(join(import.meta.dirname, "warm.ts"), "warm"),
    bundle(join(import.meta.dirname, "store.ts"), "store"),
  ]);
  const dynamo = await startDynaliteProcess(TABLE);
  try {
    const env = {
      ...process.env,
      ...LOCAL_AWS_ENV,
      TABLE_NAME: TABLE,
      SKILL_ID: BENCH_SKILL_ID,
      LOG_LEVEL: "error",
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      DYNAMO_ENDPOINT: dynamo.endpoint,
    };
    const ourColds: number[] = [];
    const screenColds: number[] = [];
    const floorColds: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      ourColds.push(await coldStart(ours.file, env, `cold-ours-${i}`));
      floorColds.push(await coldStart(floor.file, env, `cold-floor-${i}`));
      screenColds.push(await coldStart(ours.file, env, `cold-screen-${i}`, BENCH_SCREEN));
    }
    const warmResult = JSON.parse(
      (await run(process.execPath, ["--expose-gc", warm.file], { env })).stdout.trim(),
    );
    const storeResult = JSON.parse(
      (await run(process.execPath, [store.file], { env })).stdout.trim(),
    );
    const result = {
      bundleBytes: ours.bytes,
      ownCodeBytes: ours.own,
      wordsBytes: ours.words,
      coldStartMs: Math.round(percentile(ourColds, 50) * 10) / 10,
      floorColdStartMs: Math.round(percentile(floorColds, 50) * 10) / 10,
      coldStartScreenMs: Math.round(percentile(screenColds, 50) * 10) / 10,
      coldStartRuns: COLD_RUNS,
      ...warmResult,
      ...storeResult,
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      date: new Date().toISOString(),
    };
    const missed = printTable(result);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return missed;
  } finally {
    await dynamo.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Result = Record<string, number | string>;

/** A measurement, with its target unless it is only reported. */
type Row =
  | readonly [name: string, value: string]
  | readonly [name: string, value: string, target: string, ok: boolean];

/** Prints the table; returns the names of the rows whose target was missed. */
function printTable(r: Result): string[] {
  const n = (key: string) => Number(r[key]);
  const ratio = (a: string, b: string) => `${(n(a) / n(b)).toFixed(2)} x floor`;
  const kb = (key: string, digits = 0) => `${(n(key) / 1024).toFixed(digits)} KB`;
  const rows: Row[] = [
    [
      "bundle (+ words beside it)",
      `${kb("bundleBytes")} (+ ${kb("wordsBytes")})`,
      "<= 500 KB, both",
      n("bundleBytes") + n("wordsBytes") <= 500 * 1024,
    ],
    // Reported only: the target is the whole bundle's size, above.
    ["own code in the bundle", `${kb("ownCodeBytes", 1)} (words: ${kb("wordsBytes")} JSON)`],
    [
      "cold start (median)",
      `${n("coldStartMs")} ms (${ratio("coldStartMs", "floorColdStartMs")}; floor ${n("floorColdStartMs")} ms)`,
      "<= 1.25 x floor",
      n("coldStartMs") <= 1.25 * n("floorColdStartMs"),
    ],
    [
      "cold start, Echo Show (median)",
      `${n("coldStartScreenMs")} ms (${ratio("coldStartScreenMs", "floorColdStartMs")})`,
      "<= 1.25 x floor",
      n("coldStartScreenMs") <= 1.25 * n("floorColdStartMs"),
    ],
    ["warm turn p50", `${n("warmTurnP50Us")} us`, "<= 500 us", n("warmTurnP50Us") <= 500],
    ["warm turn p99", `${n("warmTurnP99Us")} us`, "<= 2000 us", n("warmTurnP99Us") <= 2000],
    [
      "warm turn p50, Echo Show",
      `${n("warmScreenTurnP50Us")} us`,
      "<= 500 us",
      n("warmScreenTurnP50Us") <= 500,
    ],
    [
      "warm turn p99, Echo Show",
      `${n("warmScreenTurnP99Us")} us`,
      "<= 2000 us",
      n("warmScreenTurnP99Us") <= 2000,
    ],
    [
      "turn with DynamoDB p50",
      `${n("storeTurnP50Us")} us (${ratio("storeTurnP50Us", "floorStoreTurnP50Us")}; floor ${n("floorStoreTurnP50Us")} us)`,
      "<= 1.0 x floor",
      n("storeTurnP50Us") <= n("floorStoreTurnP50Us"),
    ],
    [
      "turn with DynamoDB p99",
      `${n("storeTurnP99Us")} us (${ratio("storeTurnP99Us", "floorStoreTurnP99Us")}; floor ${n("floorStoreTurnP99Us")} us)`,
      "<= 1.5 x floor",
      n("storeTurnP99Us") <= 1.5 * n("floorStoreTurnP99Us"),
    ],
    [
      "DynamoDB reads per session",
      String(r.dynamoReadsPerSession),
      "<= 1",
      n("dynamoReadsPerSession") <= 1,
    ],
    [
      "DynamoDB writes per turn (average)",
      `${r.dynamoWritesPerTurn} (${r.dynamoWritesPerChangingTurn} per turn that writes, at most ${r.dynamoMostWritesInATurn})`,
      "<= 1",
      n("dynamoWritesPerTurn") <= 1,
    ],
    [
      "writes on read-only turns",
      String(r.dynamoWritesOnReadOnlyTurns),
      "0",
      n("dynamoWritesOnReadOnlyTurns") === 0,
    ],
    ["control-plane calls", String(r.controlPlaneCalls), "0", n("controlPlaneCalls") === 0],
    ["peak RSS (warm process)", `${r.peakRssMb} MB`, "<= 128 MB", n("peakRssMb") <= 128],
    [
      "heap growth over 10,000 turns",
      `${r.heapGrowthKb} KB`,
      "<= 1024 KB",
      n("heapGrowthKb") <= 1024,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  process.stdout.write(`Back Coach benchmark: ${r.node} on ${r.cores} x ${r.cpu}, ${r.date}\n\n`);
  for (const [name, value, target, ok] of rows) {
    const verdict =
      target === undefined ? "" : `  target ${target.padEnd(16)} ${ok ? "ok" : "MISSED"}`;
    const line = `${name.padEnd(width)}  ${value.padEnd(valueWidth)}${verdict}`;
    process.stdout.write(`${line.trimEnd()}\n`);
  }
  process.stdout.write("\n");
  return rows.filter(([, , target, ok]) => target !== undefined && !ok).map(([name]) => name);
}

main().then(
  (missed) => {
    if (missed.length > 0) {
      process.stderr.write(`Targets missed: ${missed.join("; ")}\n`);
      process.exitCode = 1;
    }
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
