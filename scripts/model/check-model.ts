import { createRequire } from "node:module";
import { needsKitTwin } from "./compile";
import { ALEXA_LIMITS, MODEL_BUDGET } from "./limits";
import type { InteractionModel } from "./model-types";

// virtual-alexa ships no typings for its table of built-in phrasings.
const { BuiltinUtterances } = createRequire(import.meta.url)(
  "virtual-alexa/lib/src/model/BuiltinUtterances",
) as { BuiltinUtterances: { values(): Record<string, string[]> } };

/**
 * Everything that makes a compiled model wrong, as sentences; empty when it is fine. The build
 * refuses to write a model with problems, so a grammar edit that breaks a rule says so at once.
 *
 * Enforced, and why:
 * - Alexa's limits (ALEXA_LIMITS): 200 characters a sample, 250 intents, 50,000 custom slot
 *   values, 1.5 MB a model. A model past them is refused at upload.
 * - Our budget (MODEL_BUDGET): at most 1,500 samples an intent and 10,000 in all, and 500 KB of
 *   JSON. A model is training data for a device's NLU, which learns openings, fillers and
 *   synonyms from a few examples; listing every combination (a 34,000-sample, 1.9 MB model
 *   once) teaches it nothing more, slows model builds, and made the console load slowly (its
 *   matcher reads every sample). Fillers go on short sentences only (grammar.ts, frames).
 * - No sample in two intents, Alexa's built-in phrasings included ("skip" is
 *   AMAZON.NextIntent): one sentence, one meaning, decided in the grammar with "not:".
 * - Only letters, apostrophes, spaces and declared slots: Alexa refuses digits and most
 *   punctuation in samples, and an undeclared slot fails the build.
 * - No greedy duration frame without its equipment twin (compile.ts, needsKitTwin).
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
  const total = intents.reduce((n, intent) => n + intent.samples.length, 0);
  if (total > MODEL_BUDGET.samples)
    problems.push(`${total} samples (budget ${MODEL_BUDGET.samples})`);
  for (const intent of intents) {
    if (intent.samples.length > MODEL_BUDGET.samplesPerIntent)
      problems.push(
        `${intent.name} has ${intent.samples.length} samples (budget ${MODEL_BUDGET.samplesPerIntent})`,
      );
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
  else if (bytes > MODEL_BUDGET.modelBytes)
    problems.push(`the model is ${bytes} bytes (budget ${MODEL_BUDGET.modelBytes})`);
  return problems;
}

/** A greedy duration frame without its equipment twin (compile.ts, needsKitTwin). */
function swallowing(intent: string, sample: string, samples: ReadonlySet<string>): string[] {
  if (!needsKitTwin(sample)) return [];
  const rival = sample.replace("{duration}", "{equipment}");
  return samples.has(rival) ? [] : [`${intent}: "${sample}" has no "${rival}" beside it`];
}
