import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ConsoleTurn } from "../../lambda/local/conversation";
import { expectValidAlexaSpeech } from "../support/alexa-speech";

const dataDir = mkdtempSync(join(tmpdir(), "back-coach-console-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` as another program drives it: one line per utterance on stdin, no terminal. */
function runConsole(lines: string[], ...flags: string[]) {
  return runConsoleOn(dataDir, lines, ...flags);
}

function runConsoleOn(folder: string, lines: string[], ...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "lambda/local/console-cli.ts", "--data", folder, ...flags],
    { input: `${lines.join("\n")}\n`, encoding: "utf8", timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the console as a process (tsx, the model, an embedded store): a few seconds
// each on a busy two-core machine, and the first test starts it twice.
describe("npm start (non-interactive)", { timeout: 30_000 }, () => {
  it("answers each line as JSON with the contract's fields, and persists progress", async () => {
    const first = runConsole(
      ["open back coach", "yes", "ready", "/end"],
      "--fresh",
      "--json",
      "--user",
      "cli-user",
    );
    expect(first.code).toBe(0);
    const turns = first.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as ConsoleTurn);
    expect(turns.map((t) => t.request)).toEqual([
      "LaunchRequest",
      "IntentRequest",
      "IntentRequest",
      "SessionEndedRequest",
    ]);
    for (const key of [
      "utterance",
      "request",
      "intent",
      "slots",
      "ssml",
      "text",
      "reprompt",
      "endSession",
      "directives",
    ]) {
      expect(turns[0]).toHaveProperty(key);
    }
    expect(turns[1]).toMatchObject({
      utterance: "yes",
      intent: "AMAZON.YesIntent",
      endSession: false,
    });
    expect(turns[2]?.text).toMatch(/^Go\. \(2\.35 s\) one \(1\.6 s\) two/);
    for (const turn of turns) {
      if (turn.ssml) await expectValidAlexaSpeech({ ssml: turn.ssml, estimatedSeconds: 0 });
    }

    // A new run on the same data: the workout is remembered, past the set heard to its end.
    const second = runConsole(["open back coach", "/quit"], "--json", "--user", "cli-user");
    const launch = JSON.parse(second.stdout.trim().split("\n")[0] ?? "{}") as ConsoleTurn;
    expect(launch.text).toContain("You were on jumping jacks, in the back fat blaster");
  });

  it("prints what Alexa says as readable text by default", () => {
    const { code, stdout } = runConsole(
      ["ask back coach what workouts do you have"],
      "--user",
      "reader",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("alexa> ");
    expect(stdout).toContain("I can coach the back fat blaster");
    expect(stdout).toContain("(if you say nothing: Which workout would you like?");
    expect(stdout).toContain("[listening]");
  });

  it("says clearly when a locale has no interaction model", () => {
    const { code, stderr } = runConsole(["open back coach"], "--locale", "xx-XX");
    expect(code).toBe(1);
    expect(stderr).toContain("No interaction model for locale xx-XX");
  });

  it("keeps users apart with --user", () => {
    const { stdout } = runConsole(["open back coach"], "--json", "--user", "someone-new");
    expect((JSON.parse(stdout.trim().split("\n")[0] ?? "{}") as ConsoleTurn).text).toMatch(
      /^Welcome to Back Coach!/,
    );
  });
});

/** A console left running on `folder`, answering lines as another program sends them. */
async function openConsole(folder: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "lambda/local/console-cli.ts", "--data", folder, "--json"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let stdout = "";
  child.stdout.setEncoding("utf8");
  const answered = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("\n")) resolve();
    });
    child.once("exit", () => reject(new Error("the first console exited before answering")));
  });
  child.stdin.write("open back coach\n");
  await answered;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    pid: child.pid,
    close: async () => {
      child.stdin.end();
      return exited;
    },
  };
}

describe("a second console on the same data folder", () => {
  it("says in one line that the folder is in use and how to choose another, and leaves the first one's data alone", async () => {
    const folder = mkdtempSync(join(tmpdir(), "back-coach-shared-"));
    try {
      const first = await openConsole(folder);
      for (const flags of [[], ["--fresh"]]) {
        const second = runConsoleOn(folder, ["open back coach"], "--json", ...flags);
        expect(second.code).toBe(1);
        expect(second.stdout).toBe("");
        // One line, nothing else: no stack trace, no "Database is closed".
        expect(second.stderr.trim()).toBe(
          `Another console (process ${first.pid}) is using the data folder ${folder}. Close it, or start this one on another folder with --data DIR (add --fresh to start that one empty).`,
        );
      }
      // --fresh did not empty the folder from under the first console.
      expect(existsSync(join(folder, "dynamodb", "CURRENT"))).toBe(true);
      expect(await first.close()).toBe(0);
      // Once the first has gone, the folder is free again.
      const after = runConsoleOn(folder, ["open back coach"], "--json");
      expect(after.code).toBe(0);
      expect(after.stdout).toContain('"request":"LaunchRequest"');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it("says so in one line when the store itself is locked by a program that is no console", async () => {
    const folder = mkdtempSync(join(tmpdir(), "back-coach-locked-"));
    try {
      const first = await openConsole(folder);
      // As if the holder were `npm run serve`: the store is locked, but no console.lock says so.
      rmSync(join(folder, "console.lock"));
      const second = runConsoleOn(folder, ["open back coach"], "--json");
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toBe(
        `The data folder ${folder} is locked by another program. Close it, or start the console on another folder with --data DIR.`,
      );
      expect(await first.close()).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it("takes over a lock left by a console that no longer runs", () => {
    const folder = mkdtempSync(join(tmpdir(), "back-coach-stale-"));
    try {
      // A pid that has just exited is not running (reuse this soon is next to impossible).
      const gone = spawnSync(
        process.execPath,
        ["-e", "process.stdout.write(String(process.pid))"],
        {
          encoding: "utf8",
        },
      );
      writeFileSync(join(folder, "console.lock"), gone.stdout);
      const run = runConsoleOn(folder, ["open back coach"], "--json");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"request":"LaunchRequest"');
      expect(existsSync(join(folder, "console.lock"))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
