/**
 * The item whose rank comes first, ranks compared as tuples (the first difference decides): the
 * choosers list what matters most first. A full tie keeps the earlier item, so the catalog's
 * order settles it. The pool is never empty (the callers pick from what fits, or from all).
 */
export function bestRanked<T>(pool: readonly T[], rank: (item: T) => readonly number[]): T {
  return pool.reduce((a, b) => (comesBefore(rank(b), rank(a)) ? b : a));
}

function comesBefore(a: readonly number[], b: readonly number[]): boolean {
  for (const [i, x] of a.entries()) {
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
