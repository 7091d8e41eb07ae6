import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  announcedMinutes,
  getWorkout,
  renderedSeconds,
  segmentSeconds,
  useKnownEstimates,
} from "../../lambda/coach";
import { estimatesBeside } from "../../lambda/i18n/known-estimates";
import { voice } from "../../lambda/i18n/voice";
import { writeSegmentEstimates } from "../../scripts/segment-estimates";

const dir = mkdtempSync(join(tmpdir(), "back-coach-known-estimates-"));
afterAll(() => {
  useKnownEstimates(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

function folderWith(name: string, content: string): string {
  const folder = join(dir, name);
  mkdirSync(join(folder, "content"), { recursive: true });
  writeFileSync(join(folder, "content", "en-US.estimates.json"), content);
  return folder;
}

describe("segment estimates worked out when the Lambda is built", () => {
  const v = voice("en-US");
  const blaster = getWorkout("back-fat-blaster");

  it("are what the engine renders, read back from the bundle's folder", () => {
    writeSegmentEstimates(join(dir, "built"));
    const known = estimatesBeside(join(dir, "built"));
    expect(known("en-US", blaster.id, 1)).toEqual(renderedSeconds(v, blaster, 1));
    expect(known("en-US", blaster.id, 1.6)).toEqual(renderedSeconds(v, blaster, 1.6));
    expect(known("en-US", "no-such-workout", 1)).toBeUndefined();
  });

  it("are left for the engine to work out when missing or damaged", () => {
    expect(estimatesBeside(undefined)("en-US", blaster.id, 1)).toBeUndefined();
    expect(estimatesBeside(join(dir, "absent"))("en-US", blaster.id, 1)).toBeUndefined();
    expect(
      estimatesBeside(folderWith("torn", '{"back-fat'))("en-US", blaster.id, 1),
    ).toBeUndefined();
    const odd = folderWith(
      "odd",
      JSON.stringify({
        "back-fat-blaster 1": [1, -2],
        "back-fat-blaster 1.2": ["9"],
        "back-fat-blaster 1.4": [],
      }),
    );
    for (const pace of [1, 1.2, 1.4] as const) {
      expect(estimatesBeside(odd)("en-US", blaster.id, pace)).toBeUndefined();
    }
  });

  it("decide the announced length once used, and the engine's own work returns when not", () => {
    useKnownEstimates(
      estimatesBeside(folderWith("long", JSON.stringify({ "back-fat-blaster 1": [2700] }))),
    );
    expect(segmentSeconds(v, blaster, 1)).toEqual([2700]);
    expect(announcedMinutes(v, blaster, 1)).toBe(45);
    // Another pace is not in that file: worked out as ever.
    expect(segmentSeconds(v, blaster, 1.2)).toEqual(renderedSeconds(v, blaster, 1.2));
    useKnownEstimates(() => undefined);
    expect(segmentSeconds(v, blaster, 1)).toEqual(renderedSeconds(v, blaster, 1));
  });
});
