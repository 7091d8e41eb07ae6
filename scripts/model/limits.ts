/**
 * The Alexa interaction-model limits the compiled model is held to. Sources: the Alexa Skills
 * Kit's published custom-skill limits (a sample is at most 200 characters; 50,000 custom slot
 * values across all slot types; at most 250 intents) and the size the developer console and
 * SMAPI accept for one interaction model (1.5 MB). Alexa publishes no per-intent sample count we
 * rely on; the budget below is ours, to keep model builds and the console's matcher fast.
 */
export const ALEXA_LIMITS = {
  sampleCharacters: 200,
  customSlotValues: 50_000,
  intents: 250,
  modelBytes: 1_500_000,
  /** Our own budget per intent (not Alexa's): the console matches every sample in turn. */
  samplesPerIntent: 12_000,
} as const;
