import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { estimateSpeechSeconds, PACES } from "../../lambda/coach";
import { countedSets } from "../../lambda/local/set-counts";

/** What `npm run pacing` times at each pace: every counted set, alone, against reps x tempo. */

describe("the counted sets npm run pacing times", () => {
  it.each(PACES.map((pace) => [pace]))(
    "at pace %s, are the blaster's five sets at the circuit tempo times the pace",
    (pace) => {
      const sets = countedSets("back-fat-blaster", pace);
      expect(sets.map((s) => s.reps)).toEqual([12, 12, 20, 12, 12]);
      for (const set of sets) {
        expect(set.repSeconds).toBeCloseTo(2 * pace, 2);
        expect(set.nominalSeconds).toBeCloseTo(set.reps * 2 * pace, 1);
        // The engine's own clock agrees: after "Go.", the count fills reps x tempo.
        const counting = set.estimatedSeconds - estimateSpeechSeconds("Go.");
        expect(Math.abs(counting - set.nominalSeconds) / set.nominalSeconds).toBeLessThan(0.1);
      }
    },
  );

  it("holds stay on the clock: only the movement of a held rep follows the pace", () => {
    const [standard] = countedSets("home-band", 1);
    const [slowest] = countedSets("home-band", 1.6);
    expect(standard?.holdSeconds).toBe(slowest?.holdSeconds);
    expect(slowest?.repSeconds).toBeCloseTo((standard?.repSeconds ?? 0) * 1.6, 2);
  });
});

// Each test starts the command as a process (tsx and the catalog): seconds on a busy machine.
describe("npm run pacing", { timeout: 30_000 }, () => {
  it.each([[["nope"]], [["back-fat-blaster", "--pace", "3"]], [["back-fat-blaster", "--fast"]]])(
    "refuses %j with the usage and status 2, before any audio",
    (args) => {
      const result = spawnSync(
        process.execPath,
        ["--import", "tsx", "lambda/local/pacing-cli.ts", ...args],
        { encoding: "utf8" },
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^Usage: npm run pacing -- ID \[--pace 0\.85\|1\|1\.2\|1\.4\|1\.6\]/,
      );
    },
  );
});
