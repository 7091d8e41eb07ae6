import { createRequire } from "node:module";
import type { InteractionModel } from "../../scripts/model/model-types";

/**
 * What an NLU is trained on from the compiled model: every sample with its slots filled as a
 * person would say them, plus Alexa's own phrasings of the built-in intents (a device's NLU
 * knows those without the model). Deterministic: slot values are picked by a hash of the
 * sample, not at random, so the score is the same on every run.
 */
export interface Sentence {
  readonly text: string;
  readonly intent: string;
}

// virtual-alexa's table of Alexa's built-in phrasings; it ships no typings.
const { BuiltinUtterances } = createRequire(import.meta.url)(
  "virtual-alexa/lib/src/model/BuiltinUtterances",
) as { BuiltinUtterances: { values(): Record<string, string[]> } };

/** Numbers as a recognizer hands them over: sometimes words, sometimes digits. */
const NUMBERS = ["twenty", "thirty five", "150", "forty two", "five", "one sixty", "12", "seventy"];
const FILLS_PER_SAMPLE = 3;
const DURATIONS = ["twenty minutes", "half an hour", "an hour", "ten minutes", "45 minutes"];

export function trainingSentences(model: InteractionModel, perIntent: number): Sentence[] {
  const { intents, types } = model.interactionModel.languageModel;
  const values = new Map(
    types.map((type) => [
      type.name,
      type.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]),
    ]),
  );
  const builtins = BuiltinUtterances.values();
  const out: Sentence[] = [];
  for (const intent of intents) {
    const slotType = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    const fill = (sample: string, round: number): string =>
      sample.replace(/\{(\w+)\}/g, (_, slot: string) => {
        const type = slotType.get(slot) ?? "";
        const pool =
          type === "AMAZON.NUMBER"
            ? NUMBERS
            : type === "AMAZON.DURATION"
              ? DURATIONS
              : values.get(type);
        // Chosen by the sample itself, so an edit elsewhere in the model leaves these alone.
        return pool?.[hash(`${sample} ${slot} ${round}`) % pool.length] ?? slot;
      });
    // A sample with slots is said FILLS_PER_SAMPLE times with different values, so the
    // classifier meets a type's values ("gym", "a band", "just my body") and not only one.
    const said = intent.samples.flatMap((sample) =>
      Array.from({ length: sample.includes("{") ? FILLS_PER_SAMPLE : 1 }, (_, round) =>
        fill(sample, round),
      ),
    );
    for (const text of [
      ...stableSubset([...new Set(said)], perIntent),
      ...(builtins[intent.name] ?? []),
    ])
      out.push({ text, intent: intent.name });
  }
  return out;
}

/**
 * At most `count` of the sentences, the same ones whatever else the model holds: those whose
 * hash is lowest (an every-k-th pick would shift on every edit and move the score by points).
 */
function stableSubset(items: readonly string[], count: number): string[] {
  if (items.length <= count) return [...items];
  const chosen = new Set(
    [...items].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b)).slice(0, count),
  );
  return items.filter((item) => chosen.has(item));
}

/** FNV-1a: a small, stable string hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
