/**
 * Writes content/<locale>.estimates.json into a Lambda bundle's folder: every workout's
 * segment estimates at every pace, worked out by the engine itself (renderedSeconds), so the
 * deployed skill reads what it would otherwise compute on its first launch. The stack's bundling
 * runs it after esbuild (scripts/bundle-lambda.ts); the files are never committed, so they
 * always match the code and words they were built with.
 *
 *   tsx scripts/segment-estimates.ts <bundle folder>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderedSeconds } from "../lambda/coach";
import { WORKOUTS } from "../lambda/coach/catalog/workouts";
import { PACES } from "../lambda/coach/pace";
import { estimateKey, estimatesFile } from "../lambda/i18n/known-estimates";
import { LOCALES } from "../lambda/i18n/locales";
import { voice } from "../lambda/i18n/voice";

export function writeSegmentEstimates(dir: string): string[] {
  return LOCALES.map((locale) => {
    const v = voice(locale);
    const table: Record<string, number[]> = {};
    for (const workout of WORKOUTS) {
      for (const pace of PACES)
        table[estimateKey(workout.id, pace)] = renderedSeconds(v, workout, pace);
    }
    const file = join(dir, estimatesFile(locale));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(table));
    return file;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: tsx scripts/segment-estimates.ts <bundle folder>\n");
    process.exitCode = 2;
  } else writeSegmentEstimates(dir);
}
