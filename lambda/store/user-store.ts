import { BackCoachError } from "../errors";
import { ownValue, sameJson } from "../same-json";
import type { NoticeablePart, UserRecord } from "./user-record";
import type { WorkoutLogEntry } from "./workout-log";

/** A record as read, with the version its next conditional write must find. */
export interface StoredUser {
  readonly record: UserRecord;
  /** The profile item's version: 0 when the user has no profile item yet. */
  readonly version: number;
  /**
   * The position item's version (record-parts.ts); absent when it has none yet, as for a new
   * user or one whose position is still inside the profile item, as it was stored before.
   */
  readonly positionVersion?: number;
  /** What reading the item had to drop that the user would notice: they are told, once. */
  readonly repaired?: readonly NoticeablePart[];
  /** The item as stored did not parse cleanly: the clean record is written back, once. */
  readonly damaged?: true;
}

/**
 * Where users live. The skill reads a user once per session and writes only what changed;
 * `save` is conditional on the version read and merges with a concurrent write if it lost.
 */
export interface UserStore {
  load(userId: string): Promise<StoredUser>;
  /**
   * Writes `next` over `base`; returns what is now stored. Does nothing if nothing changed,
   * unless `base` was repaired when read (then the clean record replaces the damaged one).
   * Over a clean `base` only the fields that changed since it need to be written, so `base`
   * must be what was stored at its version.
   */
  save(userId: string, base: StoredUser, next: UserRecord): Promise<StoredUser>;
  logWorkout(userId: string, entry: WorkoutLogEntry, requestId: string): Promise<void>;
  /** Workouts logged since `sinceIso`, newest first, at most `limit`. */
  recentWorkouts(userId: string, sinceIso: string, limit: number): Promise<WorkoutLogEntry[]>;
  /** Removes every item of the user; returns how many there were. */
  deleteUser(userId: string): Promise<number>;
}

/** Storage could not be reached or refused the request (timeout, throttling, endpoint down). */
export class StorageError extends BackCoachError {
  override readonly name = "StorageError";

  constructor(
    readonly operation: string,
    options: { cause: unknown },
  ) {
    super(`Storage ${operation} failed: ${describeCause(options.cause)}`, options);
  }
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

/** The fields of `next` that differ from `base`: what this session changed. */
export function changedFields(base: UserRecord, next: UserRecord): (keyof UserRecord)[] {
  // Walked in place, without a set of both records' keys: every turn asks this.
  const changed: (keyof UserRecord)[] = [];
  for (const key in base) {
    if (Object.hasOwn(base, key) && !sameJson(ownValue(base, key), ownValue(next, key)))
      changed.push(key as keyof UserRecord);
  }
  for (const key in next) {
    if (!Object.hasOwn(base, key) && ownValue(next, key) !== undefined)
      changed.push(key as keyof UserRecord);
  }
  return changed;
}
