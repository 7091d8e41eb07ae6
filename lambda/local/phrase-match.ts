import type { IModel } from "virtual-core";
import { spokenDuration } from "./spoken-duration";

export interface PhraseMatch {
  readonly intent: string;
  /** The words each slot of the sample took, before a device turns them into values. */
  readonly slots: Readonly<Record<string, string>>;
}

/**
 * Stands in for a decimal ("75.5", then its index) while the matcher reads a line: it drops
 * every "." before matching, which would turn 75.5 into 755. Digits, so a number slot takes it.
 */
const DECIMAL_STAND_IN = "1000000000007";
const STOOD_IN = new RegExp(`${DECIMAL_STAND_IN}(\\d+)`, "g");

/**
 * The sample a device would pick for a line: virtual-alexa's matcher and its scoring (the most
 * words outside slots, then the most typed slots), except that a built-in slot holds only its
 * own kind of words. virtual-alexa lets AMAZON.DURATION take anything ("I've got a pair of
 * dumbbells" would fill it with "a pair of dumbbells"), and any slot take nothing at all.
 */
export function matchPhrase(model: IModel, phrase: string): PhraseMatch | undefined {
  const decimals: string[] = [];
  const line = phrase.replace(/\b\d+\.\d+\b/g, (decimal) => {
    decimals.push(decimal);
    return `${DECIMAL_STAND_IN}${decimals.length - 1}`;
  });
  let best: { match: PhraseMatch; score: number; typed: number } | undefined;
  for (const intent of model.intentSchema.intents()) {
    for (const sample of model.sampleUtterances.samplesForIntent(intent.name)) {
      const test = sample.matchesUtterance(line);
      if (!test.matches()) continue;
      const slots: Record<string, string> = {};
      let fits = true;
      for (const [i, raw] of test.slotValues().entries()) {
        const name = sample.slotName(i) ?? "";
        const value = raw.trim().replace(STOOD_IN, (_, i: string) => decimals[Number(i)] ?? "?");
        const type = intent.slotForName(name)?.type;
        if (value === "" || (type === "AMAZON.DURATION" && spokenDuration(value) === "?"))
          fits = false;
        slots[name] = value;
      }
      if (!fits) continue;
      const score = test.score();
      const typed = test.scoreSlots();
      if (!best || score > best.score || (score === best.score && typed > best.typed))
        best = { match: { intent: intent.name, slots }, score, typed };
    }
  }
  return best?.match;
}
