/**
 * The table's key scheme (docs/architecture.md, Storage design): partition key `pk`, sort key
 * `sk`, both strings.
 * Every item of a user shares the user's partition, so "delete my data" is one Query away.
 */
export const KEY_SCHEMA = { partitionKey: "pk", sortKey: "sk" } as const;

export const userPartition = (userId: string): string => `USER#${userId}`;
export const PROFILE_SORT_KEY = "PROFILE";
/**
 * The workout position's own item (record-parts.ts). It starts with PROFILE_SORT_KEY, so one
 * Query on that prefix reads the whole record.
 */
export const POSITION_SORT_KEY = `${PROFILE_SORT_KEY}#POSITION`;
export const WORKOUT_SORT_PREFIX = "WORKOUT#";

/** ISO time first, so a user's workouts sort by date; the request id keeps two at once apart. */
export const workoutSortKey = (endedAt: string, requestId: string): string =>
  `${WORKOUT_SORT_PREFIX}${endedAt}#${requestId}`;
