import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { WORKOUTS } from "../../lambda/coach";
import type { WorkoutScript, WorkoutSummary } from "../../lambda/local/workout-preview";
import { expectValidAlexaSpeech } from "../support/alexa-speech";

/** Runs `npm run workouts -- ...` the way a person would, through tsx. */
function workouts(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "lambda/local/workouts-cli.ts", ...args],
    {
      encoding: "utf8",
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the command as a process (tsx and the catalog): seconds on a busy machine.
describe("npm run workouts", { timeout: 30_000 }, () => {
  it("lists every workout as JSON in the contract's shape", () => {
    const { code, stdout } = workouts("list", "--json");
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as WorkoutSummary[];
    expect(list.map((w) => w.id)).toEqual(WORKOUTS.map((w) => w.id));
    for (const w of list) {
      expect(Object.keys(w).sort()).toEqual([
        "equipment",
        "estimatedSeconds",
        "id",
        "minutes",
        "title",
      ]);
      expect(w.estimatedSeconds).toBeGreaterThan(0);
    }
  });

  it("lists workouts readably without --json", () => {
    const { code, stdout } = workouts("list");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^back-fat-blaster\s+15 min \(spoken \d+\.\d min, announced \d+ min\)\s+the back fat blaster\s+\[dumbbells\]$/m,
    );
  });

  it("shows a workout's whole spoken script as JSON", async () => {
    const { code, stdout } = workouts("show", "back-fat-blaster", "--json");
    expect(code).toBe(0);
    const script = JSON.parse(stdout) as WorkoutScript;
    expect(Object.keys(script).sort()).toEqual(["estimatedSeconds", "id", "segments", "title"]);
    expect(script.id).toBe("back-fat-blaster");
    expect(script.segments.length).toBeGreaterThan(10);
    const sum = script.segments.reduce((s, seg) => s + seg.estimatedSeconds, 0);
    expect(script.estimatedSeconds).toBe(Math.round(sum));
    for (const segment of script.segments) await expectValidAlexaSpeech(segment);
  });

  it("shows a script readably, with pauses marked", () => {
    const { code, stdout } = workouts("show", "hiit");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^HIIT at home \(hiit\): \d+\.\d min of coaching$/m);
    expect(stdout).toMatch(/\(\d+(\.\d+)? s\)/);
    expect(stdout).not.toContain("<break");
  });

  it("names the valid ids and fails for an unknown one", () => {
    const { code, stdout, stderr } = workouts("show", "couch-potato");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('No workout with id "couch-potato"');
    for (const w of WORKOUTS) expect(stderr).toContain(w.id);
  });

  it("prints usage for a command it does not know", () => {
    const { code, stderr } = workouts("dance");
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: npm run workouts -- list [--json]");
  });
});
