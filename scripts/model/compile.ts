import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GrammarError } from "./expand";
import { emptyGrammar, readGrammar } from "./grammar";
import type { InteractionModel, ModelIntent, SlotType } from "./model-types";

/**
 * A locale's grammar folder compiled into its interaction model: the `.grammar` files (read in
 * name order) give the invocation name, intents, slots and samples; `types.json` the slot
 * types with their ids and synonyms; `dialog.json` the dialog and its prompts, as Alexa takes
 * them.
 */
export function compileModel(folder: string): InteractionModel {
  const grammar = emptyGrammar();
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".grammar"))
    .sort();
  for (const file of files) readGrammar(readFileSync(join(folder, file), "utf8"), file, grammar);
  if (!grammar.invocationName) throw new GrammarError("no invocation name in the grammar");
  const intents: ModelIntent[] = [...grammar.intents.values()].map((intent) => ({
    name: intent.name,
    ...(intent.name.startsWith("AMAZON.") && intent.slots.length === 0
      ? {}
      : { slots: intent.slots }),
    samples: [...new Set(intent.samples.flatMap(withKitTwin))].filter(
      (sample) => !intent.excluded.has(sample),
    ),
  }));
  const types = JSON.parse(readFileSync(join(folder, "types.json"), "utf8")) as SlotType[];
  const { dialog, prompts } = JSON.parse(readFileSync(join(folder, "dialog.json"), "utf8")) as {
    dialog: unknown;
    prompts: unknown;
  };
  return {
    interactionModel: {
      languageModel: { invocationName: grammar.invocationName, intents, types },
      dialog,
      prompts,
    },
  };
}

/**
 * Whether a sample needs its twin for equipment: AMAZON.DURATION, after "I have" or "I've got",
 * would take "a pair of dumbbells" in a matcher (and a recognizer stretches it), so "I've got
 * {duration}" alone would hear kit as a length. With "I've got {equipment}" beside it, the typed
 * slot wins the tie: equipment phrases win. Elsewhere ("a workout for half an hour", "about
 * twenty minutes") only a length is said, and a twin ("about {equipment}") would teach nonsense.
 */
export function needsKitTwin(sample: string): boolean {
  return !sample.includes("{equipment}") && GREEDY_DURATION.test(sample);
}

/** "I have {duration}", "I've got about {duration}", "I've only got just {duration}". */
const GREEDY_DURATION = /\b(?:have|got)(?: (?:about|around|only|just|maybe))? \{duration\}/;

function withKitTwin(sample: string): string[] {
  return needsKitTwin(sample) ? [sample, sample.replace("{duration}", "{equipment}")] : [sample];
}
