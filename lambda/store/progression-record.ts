import { canonicalMs } from "../canonical-time";
import { EXERCISES } from "../coach/catalog/exercises";
import { LEVELS } from "../coach/catalog/types";
import { isRated } from "../coach/progression/ladders";
import { fitsLadder } from "../coach/progression/rules";
import {
  CHANGES,
  FEEDBACK_TIMINGS,
  type FeedbackTiming,
  type MoveProgress,
  type Progression,
  type PullUpLevel,
} from "../coach/progression/types";
import { isRecord } from "../is-record";

/**
 * The progression part of the user's record, read without trusting it: one entry per rated
 * catalog move, each only if the rules could have made it (progression/rules.ts fitsLadder), so
 * a forged "5000 reps" or a variant the move does not have is dropped, that move alone. Not worth
 * telling the user: the move is coached at the workout's own count, and they can rate it again.
 */
export function parseProgression(raw: unknown, problems: string[]): Progression | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw) || !isRecord(raw.moves)) {
    problems.push("progression");
    return undefined;
  }
  const moves: Record<string, MoveProgress> = {};
  const entries = Object.entries(raw.moves);
  if (entries.length > MAX_MOVES) problems.push("progression.moves");
  for (const [id, value] of entries.slice(0, MAX_MOVES)) {
    const entry = parseMove(id, value);
    if (entry) moves[id] = entry;
    else problems.push(`progression.${id.slice(0, 40)}`);
  }
  const pullUps = parsePullUps(raw.pullUps, problems);
  if (Object.keys(moves).length === 0 && !pullUps) return undefined;
  return { moves, ...(pullUps ? { pullUps } : {}) };
}

/** One entry per catalog move at most: more keys than that cannot be ours. */
const MAX_MOVES = EXERCISES.length;
const EXERCISE_IDS: ReadonlySet<string> = new Set(EXERCISES.map((e) => e.id));

function parseMove(id: string, raw: unknown): MoveProgress | undefined {
  if (!EXERCISE_IDS.has(id) || !isRated(id) || !isRecord(raw)) return undefined;
  const { reps, step, at, news } = raw;
  if (typeof reps !== "number" || typeof step !== "number" || !isCanonicalTime(at))
    return undefined;
  const said = CHANGES.find((c) => c === news);
  if (news !== undefined && !said) return undefined;
  const entry: MoveProgress = { reps, step, at, ...(said ? { news: said } : {}) };
  return fitsLadder(id, entry) ? entry : undefined;
}

function parsePullUps(raw: unknown, problems: string[]): PullUpLevel | undefined {
  if (raw === undefined) return undefined;
  const level = isRecord(raw) ? LEVELS.find((l) => l === raw.level) : undefined;
  const news = isRecord(raw) ? raw.news : undefined;
  if (
    !isRecord(raw) ||
    !level ||
    !isCanonicalTime(raw.at) ||
    !(news === undefined || news === "up" || news === "down")
  ) {
    problems.push("progression.pullUps");
    return undefined;
  }
  return { level, at: raw.at, ...(news ? { news } : {}) };
}

export function parseFeedbackTiming(raw: unknown, problems: string[]): FeedbackTiming | undefined {
  if (raw === undefined) return undefined;
  const timing = FEEDBACK_TIMINGS.find((t) => t === raw);
  if (!timing) problems.push("feedbackTiming");
  return timing;
}

function isCanonicalTime(raw: unknown): raw is string {
  return canonicalMs(raw) !== undefined;
}

/**
 * Two devices' progression, merged per move: a move this session rated (or reset) takes this
 * session's entry, unless the other device rated it too, later by request time; every other
 * move keeps the other device's entry. The pull-up level is one leaf, merged the same way.
 */
export function mergeProgression(
  latest: Progression | undefined,
  base: Progression | undefined,
  next: Progression | undefined,
): Progression | undefined {
  const moves: Record<string, MoveProgress> = { ...(latest?.moves ?? {}) };
  const ids = new Set([...Object.keys(base?.moves ?? {}), ...Object.keys(next?.moves ?? {})]);
  for (const id of ids) {
    const mine = next?.moves[id];
    const kept = pick(latest?.moves[id], base?.moves[id], mine);
    if (kept) moves[id] = kept;
    else delete moves[id];
  }
  const pullUps = pick(latest?.pullUps, base?.pullUps, next?.pullUps);
  if (Object.keys(moves).length === 0 && !pullUps) return undefined;
  return { moves, ...(pullUps ? { pullUps } : {}) };
}

/** One leaf: theirs if this session left it alone or they changed it later; else mine. */
function pick<T extends { readonly at: string }>(
  latest: T | undefined,
  base: T | undefined,
  mine: T | undefined,
): T | undefined {
  if (same(base, mine)) return latest;
  if (latest && !same(latest, base) && mine && latest.at > mine.at) return latest;
  return mine;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
