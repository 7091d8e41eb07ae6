import type { Tuning } from "./types";

/** Keys already made, per tuning: a turn asks for its run's plans and estimates several times. */
const keys = new WeakMap<Tuning, string>();

/** A short stable key for caches of compiled plans and estimates. */
export function tuningKey(tuning: Tuning | undefined): string {
  if (!tuning) return "";
  let key = keys.get(tuning);
  if (key === undefined) {
    key = JSON.stringify(tuning);
    keys.set(tuning, key);
  }
  return key;
}

/** Tuned runs differ per user: a cache of them forgets them all past this many, rather than grow. */
export const MAX_CACHED_RUNS = 512;
