import { EXERCISES, isRated, ladderOf, type MoveProgress, stepBounds } from "../lambda/coach";
import type { UserRecord } from "../lambda/store/user-record";

/**
 * The largest record Back Coach keeps for a user: every rated move at the top of its ladder
 * with a change still to be said, and the pull-up level moved. The benchmark's dialog users
 * start from it, so its turns carry (and parse, and save) a full progression record. The
 * health note is still to be heard, so the scripted dialog runs as it does for a new user.
 */
const RATED_AT = "2026-11-21T09:00:00.000Z";

export function withFullProgression(record: UserRecord): UserRecord {
  const moves: Record<string, MoveProgress> = {};
  for (const exercise of EXERCISES.filter((e) => isRated(e.id)))
    moves[exercise.id] = {
      reps: ladderOf(exercise.id).up,
      step: stepBounds(exercise.id).max,
      at: RATED_AT,
      news: "heavier",
    };
  return {
    ...record,
    progression: { moves, pullUps: { level: "advanced", at: RATED_AT, news: "up" } },
  };
}
