import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Pace } from "../coach/pace";
import type { KnownEstimates } from "../coach/segments/estimates";
import type { Locale } from "./locales";

/** Where a locale's estimates lie in the Lambda's folder, beside its words. */
export const estimatesFile = (locale: Locale) => join("content", `${locale}.estimates.json`);

/** The file's key for a workout at a pace. */
export const estimateKey = (workoutId: string, pace: Pace) => `${workoutId} ${pace}`;

/**
 * The segment estimates the build worked out (scripts/segment-estimates.ts), read from the
 * folder the Lambda runs from the first time a request in a locale needs them: one small file a
 * locale, so more locales add nothing to a cold start. Without a folder (run from source), a
 * file or an entry, the engine works the estimate out itself, as it always could.
 */
export function estimatesBeside(dir: string | undefined): KnownEstimates {
  const tables = new Map<Locale, Readonly<Record<string, unknown>>>();
  return (locale, workoutId, pace) => {
    if (!dir) return undefined;
    let table = tables.get(locale);
    if (!table) {
      table = read(join(dir, estimatesFile(locale)));
      tables.set(locale, table);
    }
    const seconds = table[estimateKey(workoutId, pace)];
    return isSeconds(seconds) ? seconds : undefined;
  };
}

function read(file: string): Readonly<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isSeconds(value: unknown): value is readonly number[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0)
  );
}
