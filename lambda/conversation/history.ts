import { latestFirst } from "../canonical-time";
import type { SkillContext } from "../handlers/handler";
import type { WorkoutLogEntry } from "../store/workout-log";
import type { Turn } from "../turn/turn";

/**
 * The user's workouts of the last `days`, newest first, at most `limit` of them: what storage
 * has, plus anything this session logged that could not be written yet, so a workout done
 * during an outage still counts. Throws when storage cannot be read.
 */
export async function recentHistory(
  turn: Turn,
  { store }: SkillContext,
  days: number,
  limit: number,
): Promise<WorkoutLogEntry[]> {
  const since = new Date(Date.parse(turn.time) - days * 86_400_000).toISOString();
  const stored = turn.userId ? await store.recentWorkouts(turn.userId, since, limit) : [];
  const unsaved = turn.state.unsavedLog.map((logged) => logged.entry);
  return [...unsaved, ...stored].sort((a, b) => latestFirst(a.endedAt, b.endedAt));
}
