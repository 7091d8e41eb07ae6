/**
 * Alexa's own limits for a custom skill's interaction model, from the Alexa Skills Kit's
 * published custom-skill limits: a sample is at most 200 characters; 50,000 custom slot values
 * across all slot types; at most 250 intents; and the size the developer console and SMAPI
 * accept for one interaction model (1.5 MB). Alexa publishes no per-intent sample count.
 */
export const ALEXA_LIMITS = {
  sampleCharacters: 200,
  customSlotValues: 50_000,
  intents: 250,
  modelBytes: 1_500_000,
} as const;

/**
 * Our own budget, far inside Alexa's: why in check-model.ts. An intent that needs more samples
 * than this is enumerating fillers or synonyms a device generalises on its own.
 */
export const MODEL_BUDGET = {
  /** Samples of any one intent (the largest, StartWorkoutIntent, has about 1,100). */
  samplesPerIntent: 1_500,
  /**
   * Samples of the whole model: about 300 an intent once the coach plans the week, adapts, sets
   * reminders and runs hands-free (it was 8,000 with 35 intents, and 7,575 were in use).
   */
  samples: 10_000,
  /** The model as Alexa receives it (compact JSON), in bytes. */
  modelBytes: 500_000,
} as const;
