import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ConsoleTurn } from "../../lambda/local/conversation";
import { expectValidAlexaSpeech } from "../support/alexa-speech";

const dataDir = mkdtempSync(join(tmpdir(), "back-coach-console-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` as another program drives it: one line per utterance on stdin, no terminal. */
function runConsole(lines: string[], ...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "lambda/local/console-cli.ts", "--data", dataDir, ...flags],
    { input: `${lines.join("\n")}\n`, encoding: "utf8", timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm start (non-interactive)", () => {
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
