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
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { buildLambda, writeData } from "../infra/lambda-build";
import { esbuildOptions } from "../infra/lambda-bundling";
import { startDynaliteProcess } from "../lambda/local/dynalite-process";
import { applyEnvDefaults, LOCAL_AWS_ENV, QUIET_SDK_ENV } from "../lambda/local/local-aws-env";
import { checkSameCode, sizesOf } from "./asset-code";
import { type ColdFunction, coldStart } from "./cold-start";
import { BENCH_SCREEN, BENCH_SKILL_ID } from "./dialog";
import { type LambdaAsset, synthesizeLambda } from "./lambda-asset";
import { lambdaRuntimeEnvironment } from "./lambda-environment";
import { findNode24, LOCAL_RUNTIME, type Runtime } from "./runtimes";
import { percentile } from "./stats";

const run = promisify(execFile);
applyEnvDefaults(QUIET_SDK_ENV);
/**
 * Cold starts of each kind (ours on a speaker, the floor, ours on an Echo Show) per runtime.
 * Odd, so the median is one run. One run here spreads from about 50 to 95 ms on the 2-core VM,
 * so the median of 41 moved by up to 0.07 of the ratio from one bench to the next, as much as
 * the margin to the target; 101 cuts that by a third, for some 45 s more of bench.
 */
const COLD_RUNS = 101;
/**
 * Processes the storage turns are measured in, each on a dynalite of its own; the one whose p50
 * ratio is the median is reported. Odd, so the median is one process. Something outside a
 * process sets its round trips' cost for its whole life (on a 2-core VM, where the scheduler
 * puts it and dynalite, among others): the same build's ratio moved by up to 0.1 from one
 * process to the next, over 2,000 turns each.
 */
const STORE_PROCESSES = 5;
const TABLE = "back-coach-bench";
const dir = mkdtempSync(join(tmpdir(), "back-coach-bench-"));

/**
 * One CommonJS bundle (the floors, the warm and storage runs), as `esbuildOptions` builds it;
 * with the words beside it, as the Lambda has them, for a run of the skill itself.
 */
async function bundle(entry: string, name: string, speaks = false): Promise<string> {
  const file = join(dir, name, "index.js");
  await build({ ...esbuildOptions(file, entry), write: true });
  if (speaks) writeData(dirname(file));
  return file;
}

/** The cold-start floor as Lambda runs a function deployed the default way: no NODE_OPTIONS. */
function floorFunction(file: string, endpoint: string): ColdFunction {
  const dir = dirname(file);
  return {
    dir,
    handler: "index.handler",
    memoryMb: 1024,
    env: {
      ...lambdaRuntimeEnvironment({ ...LAMBDA_DEFAULTS, taskRoot: dir, handler: "index.handler" }),
      TABLE_NAME: TABLE,
      ...benchOnlyEnvironment(endpoint),
    },
  };
}

/** Back Coach's function as the stack deploys it: its folder, settings and environment. */
function ourFunction(asset: LambdaAsset, endpoint: string): ColdFunction {
  return {
    dir: asset.dir,
    handler: asset.handler,
    memoryMb: asset.memoryMb,
    env: {
      ...lambdaRuntimeEnvironment({
        ...LAMBDA_DEFAULTS,
        taskRoot: asset.dir,
        handler: asset.handler,
        runtime: asset.runtime,
        memoryMb: asset.memoryMb,
      }),
      ...asset.environment,
      ...benchOnlyEnvironment(endpoint),
    },
  };
}

const LAMBDA_DEFAULTS = {
  runtime: "nodejs24.x",
  memoryMb: 1024,
  region: LOCAL_AWS_ENV.AWS_REGION,
  credentials: {
    accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID,
    secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY,
  },
} as const;

/**
 * What the bench adds to Lambda's environment, for ours and the floor alike: DynamoDB is the
 * local dynalite, and the SDK's notice that Node 20 is old stays unprinted (Lambda runs 24).
 */
function benchOnlyEnvironment(endpoint: string): Record<string, string> {
  return { AWS_ENDPOINT_URL_DYNAMODB: endpoint, ...QUIET_SDK_ENV };
}

/** Everything measured on one runtime: cold starts alternating with the floor, warm, storage. */
async function measure(
  runtime: Runtime,
  fns: { ours: ColdFunction; floor: ColdFunction },
  files: { warm: string; store: string },
  env: NodeJS.ProcessEnv,
): Promise<Result> {
  const ourColds: number[] = [];
  const screenColds: number[] = [];
  const floorColds: number[] = [];
  const tag = runtime.key || "local";
  const starts: readonly ((round: number) => Promise<void>)[] = [
    async (round) => {
      ourColds.push(await coldStart(runtime.node, fns.ours, `cold-ours-${tag}-${round}`));
    },
    async (round) => {
      floorColds.push(await coldStart(runtime.node, fns.floor, `cold-floor-${tag}-${round}`));
    },
    async (round) => {
      const user = `cold-screen-${tag}-${round}`;
      screenColds.push(await coldStart(runtime.node, fns.ours, user, BENCH_SCREEN));
    },
  ];
  // One of each per round, in an order that rotates: each kind runs as often first, second and
  // third, so whatever a start inherits from the one before it (the other core's work, caches)
  // falls on all three alike, not always on the one that follows the floor.
  for (let round = 0; round < COLD_RUNS; round++) {
    for (let k = 0; k < starts.length; k++) await starts[(round + k) % starts.length]?.(round);
  }
  const warmResult = JSON.parse(
    (await run(runtime.node, ["--expose-gc", files.warm], { env })).stdout.trim(),
  );
  const storeResult = await storeTurns(runtime.node, files.store, env);
  return {
    coldStartMs: median(ourColds),
    floorColdStartMs: median(floorColds),
    coldStartScreenMs: median(screenColds),
    coldStartRuns: COLD_RUNS,
    ...warmResult,
    ...storeResult,
    node: runtime.version,
  };
}

const median = (samples: readonly number[]) => Math.round(percentile(samples, 50) * 10) / 10;

/** Runs everything; returns the names of the targets missed. */
async function main(): Promise<string[]> {
  const asset = synthesizeLambda(join(dir, "cdk.out"), TABLE);
  const [ours, floor, warm, store] = await Promise.all([
    buildLambda(join(dir, "ours")),
    bundle(join(import.meta.dirname, "floor/cold-floor.ts"), "floor"),
    bundle(join(import.meta.dirname, "warm.ts"), "warm", true),
    bundle(join(import.meta.dirname, "store.ts"), "store", true),
  ]);
  // The sizes come from the build's metafile; they must be those of the asset the stack built.
  checkSameCode(asset.dir, ours, join(dir, "ours"));
  const node24 = await findNode24();
  const fns = (endpoint: string) => ({
    ours: ourFunction(asset, endpoint),
    floor: floorFunction(floor, endpoint),
  });
  const files = { warm, store };
  try {
    const local = await onFreshTable(asset, (endpoint, env) =>
      measure(LOCAL_RUNTIME, fns(endpoint), files, env),
    );
    const other =
      "missing" in node24
        ? undefined
        : await onFreshTable(asset, (endpoint, env) => measure(node24, fns(endpoint), files, env));
    const shared: Result = {
      ...sizesOf(ours),
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      date: new Date().toISOString(),
      nodeOptions: asset.environment.NODE_OPTIONS ?? "",
    };
    const missed = printTable(shared, local, "local");
    if (other) missed.push(...printTable(shared, other, "node24").map((m) => `${m} (Node 24)`));
    else {
      const how = "missing" in node24 ? node24.missing : "";
      process.stdout.write(`Node 24, as Lambda runs it: NOT MEASURED.\n${how}\n\n`);
      missed.push("Node 24 not measured");
    }
    // The fields as they always were (the local Node's), then Node 24's under a key of its own.
    const { cpu, cores, date, nodeOptions, ...sizes } = shared;
    const result = {
      ...sizes,
      ...local,
      cpu,
      cores,
      date,
      nodeOptions,
      node24: other ?? { missing: "missing" in node24 ? node24.missing : "" },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return missed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The storage turns of STORE_PROCESSES processes, each against a dynalite of its own (an empty
 * table, as the first): the figures of the process whose p50 ratio is the median, with every
 * process's ratio beside them.
 */
async function storeTurns(node: string, file: string, env: NodeJS.ProcessEnv): Promise<Result> {
  const runs: Result[] = [];
  for (let i = 0; i < STORE_PROCESSES; i++) {
    const dynamo = await startDynaliteProcess(TABLE);
    try {
      const endpoints = {
        AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
        DYNAMO_ENDPOINT: dynamo.endpoint,
      };
      const { stdout } = await run(node, [file], { env: { ...env, ...endpoints } });
      runs.push(JSON.parse(stdout.trim()));
    } finally {
      await dynamo.close();
    }
  }
  const p50Ratio = (r: Result) => Number(r.storeTurnP50Us) / Number(r.floorStoreTurnP50Us);
  const median = [...runs].sort((a, b) => p50Ratio(a) - p50Ratio(b))[Math.floor(runs.length / 2)];
  if (!median) throw new Error("no storage run");
  return {
    ...median,
    storeProcesses: runs.length,
    storeTurnP50Ratios: runs.map((r) => Math.round(p50Ratio(r) * 1000) / 1000).join(" "),
  };
}

/**
 * Runs `measure` against a dynalite of its own, so each runtime starts from an empty table
 * (the same users on a second runtime would otherwise resume what the first left).
 */
async function onFreshTable<T>(
  asset: LambdaAsset,
  measure: (endpoint: string, env: NodeJS.ProcessEnv) => Promise<T>,
): Promise<T> {
  const dynamo = await startDynaliteProcess(TABLE);
  try {
    return await measure(dynamo.endpoint, {
      ...process.env,
      ...LOCAL_AWS_ENV,
      TABLE_NAME: TABLE,
      SKILL_ID: BENCH_SKILL_ID,
      LOG_LEVEL: "error",
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      DYNAMO_ENDPOINT: dynamo.endpoint,
      // The warm and storage turns run with the options Lambda runs the function with.
      NODE_OPTIONS: asset.environment.NODE_OPTIONS ?? "",
    });
  } finally {
    await dynamo.close();
  }
}

type Result = Record<string, number | string>;

/** A measurement, with its target unless it is only reported. */
type Row =
  | readonly [name: string, value: string]
  | readonly [name: string, value: string, target: string, ok: boolean];

/**
 * Prints one runtime's table (the bundle's rows with the local one only); returns the names of
 * the rows whose target was missed.
 */
function printTable(all: Result, r: Result, runtime: "local" | "node24"): string[] {
  const n = (key: string) => Number(r[key]);
  const ratio = (a: string, b: string) => `${(n(a) / n(b)).toFixed(2)} x floor`;
  const kb = (key: string, digits = 0) => `${(Number(all[key]) / 1024).toFixed(digits)} KB`;
  const sizeRows: Row[] = [
    [
      "bundle, every file (+ data beside it)",
      `${kb("bundleBytes")} in ${all.bundleFiles} files (+ ${kb("dataBytes")})`,
      "<= 500 KB, both",
      Number(all.bundleBytes) + Number(all.dataBytes) <= 500 * 1024,
    ],
    // Reported only: the target is the whole bundle's size, above.
    ["loaded by a cold start", `${kb("coldStartBytes")} in ${all.coldStartFiles} files`],
    [
      "own code in the bundle",
      `${kb("ownCodeBytes", 1)}, ${kb("coldStartOwnCodeBytes", 1)} of it at a cold start (words ${kb("wordsBytes")}, documents ${kb("documentsBytes")}: JSON)`,
    ],
  ];
  const rows: Row[] = [
    ...(runtime === "local" ? sizeRows : []),
    [
      "cold start (median)",
      `${n("coldStartMs")} ms (${ratio("coldStartMs", "floorColdStartMs")}; floor ${n("floorColdStartMs")} ms)`,
      "<= 1.15 x floor",
      n("coldStartMs") <= 1.15 * n("floorColdStartMs"),
    ],
    [
      "cold start, Echo Show (median)",
      `${n("coldStartScreenMs")} ms (${ratio("coldStartScreenMs", "floorColdStartMs")})`,
      "<= 1.15 x floor",
      n("coldStartScreenMs") <= 1.15 * n("floorColdStartMs"),
    ],
    [
      "warm turn p50",
      `${n("warmTurnP50Us")} us (${ratio("warmTurnP50Us", "floorWarmTurnP50Us")}; floor ${n("floorWarmTurnP50Us")} us)`,
      "<= 15 x floor",
      n("warmTurnP50Us") <= 15 * n("floorWarmTurnP50Us"),
    ],
    ["warm turn p99", `${n("warmTurnP99Us")} us`, "<= 500 us", n("warmTurnP99Us") <= 500],
    [
      "warm turn p50, Echo Show",
      `${n("warmScreenTurnP50Us")} us (${ratio("warmScreenTurnP50Us", "floorWarmTurnP50Us")})`,
      "<= 15 x floor",
      n("warmScreenTurnP50Us") <= 15 * n("floorWarmTurnP50Us"),
    ],
    [
      "warm turn p99, Echo Show",
      `${n("warmScreenTurnP99Us")} us`,
      "<= 500 us",
      n("warmScreenTurnP99Us") <= 500,
    ],
    [
      "turn with DynamoDB p50",
      `${n("storeTurnP50Us")} us (${ratio("storeTurnP50Us", "floorStoreTurnP50Us")}; floor ${n("floorStoreTurnP50Us")} us; median of ${r.storeTurnP50Ratios})`,
      "<= 0.75 x floor",
      n("storeTurnP50Us") <= 0.75 * n("floorStoreTurnP50Us"),
    ],
    [
      "turn with DynamoDB p99",
      `${n("storeTurnP99Us")} us (${ratio("storeTurnP99Us", "floorStoreTurnP99Us")}; floor ${n("floorStoreTurnP99Us")} us)`,
      "<= 1.0 x floor",
      n("storeTurnP99Us") <= n("floorStoreTurnP99Us"),
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
  const which = runtime === "local" ? "local Node" : "Node 24, as Lambda runs it";
  const options = all.nodeOptions ? `NODE_OPTIONS=${all.nodeOptions}` : "no NODE_OPTIONS";
  process.stdout.write(
    `Back Coach benchmark, ${which}: ${r.node} on ${all.cores} x ${all.cpu} (${options}), ${all.date}\n\n`,
  );
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
