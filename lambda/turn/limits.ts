/**
 * Fixed caps on what a client may send back (session attributes) and on what an envelope may
 * carry into storage. Our own state is far inside them: a record nests six levels, its longest
 * list is a topic's tips (under ten) and its longest string an ISO time. Anything beyond them
 * is not something Back Coach wrote, so it is dropped rather than trimmed.
 */
export const ATTRIBUTE_LIMITS = {
  /** Levels of nesting kept below the skill's own key. */
  maxDepth: 8,
  /** Keys kept per object. */
  maxKeys: 32,
  /** Items kept per list. */
  maxItems: 32,
  /** Characters per string. */
  maxStringLength: 256,
  /**
   * Characters of a record field sent as JSON text (turn/packed-fields.ts): a full progression
   * record is about 2,200, a tip history with every tip heard under 3,000.
   */
  maxPackedLength: 16_384,
} as const;

/**
 * Keys whose value travels in session attributes as JSON text, so may be a longer string: a
 * record's large fields and a workout's tuning (turn/packed-fields.ts).
 */
export const PACKED_KEYS = ["progression", "tips", "tuning"] as const;

/** Workout stretches held back while storage is down; a session rarely makes more than two. */
export const MAX_UNSAVED_WORKOUTS = 8;

/**
 * The longest an Alexa user id may be to address storage. Real ones are about 250 characters
 * ("amzn1.ask.account." and a token); DynamoDB allows 2 KB per key.
 */
export const MAX_USER_ID_LENGTH = 512;

/** A workout logged in a session ended at most this long before the request that writes it. */
export const MAX_SESSION_HOURS = 24;
