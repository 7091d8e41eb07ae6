import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_SCREEN, BENCH_SPEAKER } from "../../bench/dialog";
import { buildLambda, type LambdaBuild } from "../../infra/lambda-build";
import { intentRequest, requestEnvelope } from "../../lambda/local/envelopes";
import { writeSegmentEstimates } from "../../scripts/segment-estimates";
import { runBesideTable } from "../support/bundle-process";
import { type LocalTable, startLocalTable } from "../support/local-table";

const SKILL = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012";
const dir = mkdtempSync(join(tmpdir(), "back-coach-lazy-code-"));
const asset = join(dir, "asset");
let built: LambdaBuild;
let table: LocalTable;

beforeAll(async () => {
  built = await buildLambda(asset);
  writeSegmentEstimates(asset);
  table = await startLocalTable("back-coach-lazy-code");
}, 120_000);
afterAll(async () => {
  await table?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Device = typeof BENCH_SPEAKER;

function envelope(
  userId: string,
  request: Record<string, unknown>,
  session: { new: boolean; attributes: Record<string, unknown> },
  device: Device = BENCH_SPEAKER,
): RequestEnvelope {
  return requestEnvelope({
    applicationId: SKILL,
    userId,
    request,
    session: { id: "s", ...session },
    requestId: "r",
    timestamp: "2026-11-22T09:00:00Z",
    locale: "en-US",
    device: { deviceId: "d", supportedInterfaces: device.supportedInterfaces },
    ...(device.viewport ? { viewport: device.viewport } : {}),
  });
}

interface Answered {
  readonly speech: string;
  /** The asset's code files loaded once the request was answered, relative to its folder. */
  readonly loaded: readonly string[];
  /** The asset's data files read so far (words, documents, estimates), relative to its folder. */
  readonly read: readonly string[];
}

/**
 * A fresh Lambda process (no node_modules near it) answering a launch, then each intent in turn
 * in the launch's session; `between` runs before each intent (a shell command, in the asset).
 */
async function session(
  folder: string,
  userId: string,
  intents: readonly string[],
  { device = BENCH_SPEAKER, between = "" }: { device?: Device; between?: string } = {},
): Promise<Answered[]> {
  const launch = envelope(userId, { type: "LaunchRequest" }, { new: true, attributes: {} }, device);
  const requests = intents.map((name) => intentRequest(name, {}, SKILL));
  const script = `
    const { execSync } = require("node:child_process");
    const fs = require("node:fs");
    const folder = ${JSON.stringify(folder)};
    const reads = new Set();
    const readFileSync = fs.readFileSync;
    fs.readFileSync = function (path, ...rest) {
      if (String(path).startsWith(folder + "/") && !String(path).endsWith(".js"))
        reads.add(String(path).slice(folder.length + 1));
      return readFileSync.call(this, path, ...rest);
    };
    const loaded = () => Object.keys(require.cache)
      .filter((f) => f.startsWith(folder + "/") && f.endsWith(".js"))
      .map((f) => f.slice(folder.length + 1)).sort();
    (async () => {
      const { handler } = require(folder + "/index.js");
      const answers = [];
      let event = ${JSON.stringify(launch)};
      for (const request of [undefined, ...${JSON.stringify(requests)}]) {
        if (request) {
          if (${JSON.stringify(between)}) execSync(${JSON.stringify(between)}, { cwd: folder });
          event = { ...event, request: { ...event.request, ...request }, session: { ...event.session,
            new: false, attributes: answers.at(-1).sessionAttributes ?? {} } };
        }
        const answer = await handler(event, {});
        answers.push({ ...answer, loaded: loaded(), read: [...reads].sort() });
      }
      console.log("ANSWERS " + JSON.stringify(answers));
    })();`;
  const { stdout } = await runBesideTable(script, table, SKILL);
  const line = stdout.split("\n").find((l) => l.startsWith("ANSWERS ")) ?? "ANSWERS []";
  const answers = JSON.parse(line.slice("ANSWERS ".length)) as {
    response?: { outputSpeech?: { ssml?: string } };
    loaded: string[];
    read: string[];
  }[];
  return answers.map((a) => ({
    speech: a.response?.outputSpeech?.ssml ?? "",
    loaded: a.loaded,
    read: a.read,
  }));
}

const atStart = () =>
  built.files
    .filter((f) => f.loadedAtStart)
    .map((f) => f.path)
    .sort();

describe("the Lambda's code loads as requests need it (infra/lambda-build.ts)", () => {
  it("answers a new user's launch with the files loaded at start, and no other", async () => {
    for (const device of [BENCH_SPEAKER, BENCH_SCREEN]) {
      const user = `lazy-launch-${device.viewport ? "show" : "dot"}`;
      const [launch] = await session(asset, user, [], { device });
      expect(launch?.speech).toContain("Welcome to Back Coach");
      expect(launch?.loaded).toEqual(atStart());
    }
    // Something is left for later, or the split would be for nothing.
    expect(built.files.length).toBeGreaterThan(atStart().length);
  }, 60_000);

  it("leaves out of what loads at start what a new user's launch does not run", () => {
    const at = (source: string) => built.files.find((f) => f.sources.includes(source));
    expect(at("lambda/handlers/launch.ts")?.loadedAtStart).toBe(true);
    for (const later of [
      "lambda/handlers/all-handlers.ts",
      "lambda/handlers/help.ts",
      "lambda/conversation/moves.ts",
      "lambda/conversation/todays-plan.ts",
      "lambda/turn/parse-session-state.ts",
      "lambda/store/parse-user-record.ts",
      "lambda/store/merge-records.ts",
      "lambda/conversation/reminders-api.ts",
      "lambda/conversation/time-zone.ts",
      "lambda/conversation/lines.ts",
      "lambda/conversation/pick-reply.ts",
      "lambda/coach/session.ts",
      "lambda/coach/segments/speak-segment.ts",
      "lambda/screens/workout-screen.ts",
    ]) {
      expect(at(later), later).toBeDefined();
      expect(at(later)?.loadedAtStart, later).toBe(false);
    }
  });

  it("loads today's plan for a returning user's launch", async () => {
    // The first session ends with the health note heard, which the goodbye saves.
    const [, bye] = await session(asset, "lazy-returning", ["AMAZON.StopIntent"]);
    expect(bye?.speech).toMatch(/<speak>.+<\/speak>/);
    const [launch] = await session(asset, "lazy-returning", []);
    expect(launch?.speech).toContain("Welcome back");
    const plan = built.files.find((f) => f.sources.includes("lambda/conversation/todays-plan.ts"));
    expect(launch?.loaded).toContain(plan?.path);
  }, 60_000);

  it("reads the words and the document a new user's launch says, and no others", async () => {
    const [dot] = await session(asset, "lazy-reads-dot", []);
    const [show] = await session(asset, "lazy-reads-show", [], { device: BENCH_SCREEN });
    for (const launch of [dot, show]) {
      expect(launch?.read).toContain("content/en-US/skill.json");
      expect(launch?.read).toContain("content/en-US.estimates.json");
      // The exercises' cues and steps, tips, reminders: later, when something says them.
      for (const section of ["exercises", "tips", "reminders", "nutrition", "progression"])
        expect(launch?.read).not.toContain(`content/en-US/${section}.json`);
    }
    // A speaker's answer draws no screen: neither its document nor its words are read.
    expect(dot?.read.filter((file) => file.startsWith("screens/"))).toEqual([]);
    expect(dot?.read).not.toContain("content/en-US/screen.json");
    expect(show?.read).toContain("content/en-US/screen.json");
    expect(show?.read.filter((file) => file.startsWith("screens/"))).toEqual([
      "screens/documents/card.apl.json",
    ]);
  }, 60_000);

  it("works the offer's length out, loading the engine's renderer, with no estimates beside it", async () => {
    const [known] = await session(asset, "lazy-estimates-known", []);
    const bare = join(dir, "no-estimates");
    cpSync(asset, bare, { recursive: true });
    rmSync(join(bare, "content", "en-US.estimates.json"));
    const [worked] = await session(bare, "lazy-estimates-worked", []);
    expect(worked?.speech).toBe(known?.speech);
    expect(worked?.speech).toContain("about sixteen minutes");
    const renderer = built.files.find((f) =>
      f.sources.includes("lambda/coach/segments/rendered-seconds.ts"),
    );
    expect(renderer?.loadedAtStart).toBe(false);
    expect(known?.loaded).not.toContain(renderer?.path);
    expect(worked?.loaded).toContain(renderer?.path);
  }, 60_000);

  it("loads the rest when a request first needs it, from the asset's folder alone", async () => {
    const [launch, help, again] = await session(asset, "lazy-help", [
      "AMAZON.HelpIntent",
      "AMAZON.HelpIntent",
    ]);
    expect(launch?.loaded).toEqual(atStart());
    expect(help?.speech).toMatch(/<speak>.+<\/speak>/);
    expect(help?.speech).not.toContain("went wrong");
    expect(help?.loaded.length).toBeGreaterThan(atStart().length);
    expect(help?.loaded.every((file) => built.files.some((f) => f.path === file))).toBe(true);
    // Loaded once: the next request needs nothing new.
    expect(again?.loaded).toEqual(help?.loaded);
  }, 60_000);

  it("answers a request whose code cannot load with an apology, and loads it next time", async () => {
    const [, help] = await session(asset, "lazy-find", ["AMAZON.HelpIntent"]);
    const later = (help?.loaded ?? []).filter((file) => !atStart().includes(file));
    expect(later.length).toBeGreaterThan(0);
    // A copy of the asset whose later files are away for the first intent, back for the second.
    const copy = join(dir, "copy");
    cpSync(asset, copy, { recursive: true });
    const away = join(dir, "away");
    const move = (from: string, to: string) =>
      later.map((file) => `mkdir -p ${to} && mv ${join(from, file)} ${to}/`).join(" && ");
    const [launch, failed, loaded] = await session(
      copy,
      "lazy-missing",
      ["AMAZON.HelpIntent", "AMAZON.HelpIntent"],
      {
        between: `if [ -e ${join(copy, later[0] ?? "")} ]; then ${move(copy, away)}; else ${move(away, copy)}; fi`,
      },
    );
    expect(launch?.speech).toContain("Welcome to Back Coach");
    expect(failed?.speech).toContain("Sorry, something went wrong on my side.");
    expect(failed?.speech).not.toContain("There was a problem");
    expect(loaded?.speech).toMatch(/<speak>.+<\/speak>/);
    expect(loaded?.speech).not.toContain("went wrong");
  }, 60_000);
});

/** Every TypeScript file under `dir`. */
function sourcesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesIn(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the Lambda's sources (what splitting by file can leave for later)", () => {
  it("import the module that defines a name, never a file that only re-exports others", () => {
    const lambda = join(process.cwd(), "lambda");
    const files = sourcesIn(lambda);
    // A barrel: nothing but re-exports. esbuild splits by file, so importing one would put
    // every module it names on the path of whatever imports it.
    const barrels = new Set(
      files.filter((file) => {
        const code = readFileSync(file, "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/export\s*(\*|(type\s*)?\{[^}]*\})\s*from\s*"[^"]+";/g, "");
        return code.trim() === "" && code !== readFileSync(file, "utf8");
      }),
    );
    expect([...barrels].map((file) => relative(lambda, file)).sort()).toEqual([
      "coach/index.ts",
      "coach/progression/index.ts",
    ]);
    const importing = files
      .filter((file) => !barrels.has(file))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/from\s*"(\.[^"]*)"/g)]
          .map((m) => resolve(dirname(file), m[1] ?? ""))
          .filter((target) => barrels.has(`${target}.ts`) || barrels.has(join(target, "index.ts")))
          .map((target) => `${relative(lambda, file)} -> ${relative(lambda, target)}`),
      );
    expect(importing).toEqual([]);
  });
});
