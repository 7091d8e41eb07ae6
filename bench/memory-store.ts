import { latestFirst } from "../lambda/canonical-time";
import { NEW_USER, type UserRecord } from "../lambda/store/user-record";
import { changedFields, type StoredUser, type UserStore } from "../lambda/store/user-store";
import type { WorkoutLogEntry } from "../lambda/store/workout-log";

/** The store interface in memory: the warm-turn benchmark measures engine and handlers only. */
export class MemoryUserStore implements UserStore {
  private readonly users = new Map<string, StoredUser>();
  private readonly logs = new Map<string, WorkoutLogEntry[]>();

  /** `newUser`: the record a user not yet stored has (the bench starts them with a large one). */
  constructor(private readonly newUser: UserRecord = NEW_USER) {}

  async load(userId: string): Promise<StoredUser> {
    return this.users.get(userId) ?? { record: this.newUser, version: 0 };
  }

  async save(userId: string, base: StoredUser, next: UserRecord): Promise<StoredUser> {
    if (changedFields(base.record, next).length === 0) return base;
    const stored = { record: next, version: base.version + 1 };
    this.users.set(userId, stored);
    return stored;
  }

  async logWorkout(userId: string, entry: WorkoutLogEntry): Promise<void> {
    const log = this.logs.get(userId) ?? [];
    log.push(entry);
    // Keep a user's log bounded like a week's query would be.
    this.logs.set(userId, log.slice(-50));
  }

  async recentWorkouts(
    userId: string,
    sinceIso: string,
    limit: number,
  ): Promise<WorkoutLogEntry[]> {
    return (this.logs.get(userId) ?? [])
      .filter((e) => e.endedAt >= sinceIso)
      .sort((a, b) => latestFirst(a.endedAt, b.endedAt))
      .slice(0, limit);
  }

  async deleteUser(userId: string): Promise<number> {
    const count = (this.users.delete(userId) ? 1 : 0) + (this.logs.get(userId)?.length ?? 0);
    this.logs.delete(userId);
    return count;
  }
}
