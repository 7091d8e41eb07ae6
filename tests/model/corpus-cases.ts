import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InteractionModel } from "../../scripts/model/model-types";

/** A natural phrasing and what a device should make of it (tests/corpus/<locale>.corpus.json). */
export interface CorpusCase {
  readonly say: string;
  readonly intent: string;
  /** Custom slots as value ids, AMAZON.NUMBER as digits, AMAZON.DURATION as ISO 8601. */
  readonly slots: Readonly<Record<string, string>>;
  /** "in-session": said with a session open; absent: the line starts one. */
  readonly context?: string;
}

const ROOT = join(import.meta.dirname, "../..");
export const MODEL_PATH = join(ROOT, "interaction-model/en-US.json");

export function loadCorpus(): CorpusCase[] {
  const file = join(ROOT, "tests/corpus/en-US.corpus.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { cases: CorpusCase[] }).cases;
}

export function loadModel(): InteractionModel {
  return JSON.parse(readFileSync(MODEL_PATH, "utf8")) as InteractionModel;
}

/**
 * The id entity resolution gives a custom slot's words ("a woman" is "female"), or the words
 * themselves for a built-in type.
 */
export function slotIds(
  model: InteractionModel,
  intent: string,
  slots: Readonly<Record<string, string>>,
): Record<string, string> {
  const { intents, types } = model.interactionModel.languageModel;
  const declared = intents.find((i) => i.name === intent)?.slots ?? [];
  const ids: Record<string, string> = {};
  for (const [name, value] of Object.entries(slots)) {
    const type = types.find((t) => t.name === declared.find((s) => s.name === name)?.type);
    const said = value.toLowerCase();
    const match = type?.values.find(
      (v) =>
        v.name.value.toLowerCase() === said ||
        (v.name.synonyms ?? []).some((synonym) => synonym.toLowerCase() === said),
    );
    ids[name] = match ? match.id : value;
  }
  return ids;
}

/** Same intent and exactly the same slots. */
export function sameMeaning(
  expected: CorpusCase,
  intent: string | null,
  slots: Readonly<Record<string, string>>,
): boolean {
  if (intent !== expected.intent) return false;
  const a = Object.entries(expected.slots).sort(([x], [y]) => x.localeCompare(y));
  const b = Object.entries(slots).sort(([x], [y]) => x.localeCompare(y));
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A miss only in what a number or duration slot holds (the right intent and slots, "66" for
 * "one sixty five", "?" for "half an hour"): the console's spoken-number conversion, not the
 * grammar. Counted apart so the grammar's score is visible while that conversion is pending.
 */
export function onlyNumberConversion(
  model: InteractionModel,
  expected: CorpusCase,
  intent: string | null,
  slots: Readonly<Record<string, string>>,
): boolean {
  if (intent !== expected.intent) return false;
  const declared = model.interactionModel.languageModel.intents.find((i) => i.name === intent);
  const types = new Map((declared?.slots ?? []).map((slot) => [slot.name, slot.type]));
  const names = new Set([...Object.keys(expected.slots), ...Object.keys(slots)]);
  const differing = [...names].filter((name) => expected.slots[name] !== slots[name]);
  return (
    differing.length > 0 &&
    differing.every(
      (name) =>
        name in slots &&
        name in expected.slots &&
        (types.get(name) === "AMAZON.NUMBER" || types.get(name) === "AMAZON.DURATION"),
    )
  );
}
