import { createRequire } from "node:module";
import { ALEXA_LIMITS } from "./limits";
import type { InteractionModel } from "./model-types";

// virtual-alexa ships no typings for its table of built-in phrasings.
const { BuiltinUtterances } = createRequire(import.meta.url)(
  "virtual-alexa/lib/src/model/BuiltinUtterances",
) as { BuiltinUtterances: { values(): Record<string, string[]> } };

/**
 * Everything that makes a compiled model wrong, as sentences; empty when it is fine. The build
 * refuses to write a model with problems, so a grammar edit that breaks a rule says so at once.
 */
export function modelProblems(model: InteractionModel): string[] {
  const { intents, types } = model.interactionModel.languageModel;
  const problems: string[] = [];
  const owner = new Map<string, string>();
  // Alexa's built-in intents come with phrasings of their own ("skip" is AMAZON.NextIntent);
  // a sample of another intent that says the same would be two intents for one sentence.
  for (const [name, phrases] of Object.entries(BuiltinUtterances.values()))
    for (const phrase of phrases) owner.set(phrase.toLowerCase(), name);

  if (intents.length > ALEXA_LIMITS.intents) problems.push(`${intents.length} intents`);
  for (const intent of intents) {
    if (intent.samples.length > ALEXA_LIMITS.samplesPerIntent)
      problems.push(`${intent.name} has ${intent.samples.length} samples`);
    const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
    const own = new Set(intent.samples);
    for (const sample of intent.samples) {
      const key = sample.toLowerCase();
      const other = owner.get(key);
      if (other && other !== intent.name)
        problems.push(`"${sample}" is in ${intent.name} and ${other}`);
      owner.set(key, intent.name);
      if (sample.length > ALEXA_LIMITS.sampleCharacters) problems.push(`"${sample}" is too long`);
      if (!/^[a-z' {}]+$/i.test(sample)) problems.push(`"${sample}" has digits or punctuation`);
      for (const [, slot = ""] of sample.matchAll(/\{(\w+)\}/g))
        if (!declared.has(slot)) problems.push(`"${sample}" uses undeclared slot ${slot}`);
      problems.push(...swallowing(intent.name, sample, own));
    }
  }
  const values = types.reduce(
    (sum, type) =>
      sum + type.values.reduce((n, value) => n + 1 + (value.name.synonyms?.length ?? 0), 0),
    0,
  );
  if (values > ALEXA_LIMITS.customSlotValues) problems.push(`${values} custom slot values`);
  // Alexa counts the model's content, not the indentation the repository's formatter adds.
  const bytes = Buffer.byteLength(JSON.stringify(model));
  if (bytes > ALEXA_LIMITS.modelBytes) problems.push(`the model is ${bytes} bytes`);
  return problems;
}

/**
 * AMAZON.DURATION takes any words in the console's matcher (and a recognizer stretches it), so
 * "I've got {duration}" would take "a pair of dumbbells". Each duration frame must therefore
 * come with the same frame for equipment, which wins the tie as the typed slot.
 */
function swallowing(intent: string, sample: string, samples: ReadonlySet<string>): string[] {
  if (!sample.includes("{duration}") || sample.includes("{equipment}")) return [];
  const rival = sample.replace("{duration}", "{equipment}");
  return samples.has(rival) ? [] : [`${intent}: "${sample}" has no "${rival}" beside it`];
}
