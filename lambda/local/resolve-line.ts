import type { IModel } from "virtual-core";
import type { SampleMatch, SampleMatcher } from "./sample-matcher";
import { spokenDuration } from "./spoken-duration";
import { parseNumber, spokenNumber, withDigits } from "./spoken-number";
import { spokenTime } from "./spoken-time";

/** The slot a dialog is asking for (Dialog.ElicitSlot in the last answer). */
export interface Elicitation {
  readonly intent: string;
  readonly slot: string;
  /** What the dialog already holds, as the skill sent it back (values, not words). */
  readonly slots: Readonly<Record<string, string>>;
}

export interface ResolvedLine {
  readonly intent: string;
  /**
   * As a device sends them: AMAZON.NUMBER as digits, AMAZON.DURATION as ISO 8601,
   * AMAZON.TIME as "HH:MM".
   */
  readonly slots: Readonly<Record<string, string>>;
}

const FALLBACK = "AMAZON.FallbackIntent";

/**
 * What a device understands from one line. With no dialog under way: the best sample of the
 * model, or the fallback intent. While a dialog asks for a slot, as Alexa routes it:
 *   1. a line that matches the dialog's own intent fills the slots it names ("update my activity
 *      to very active" while asked for an age fills the activity), on top of what the dialog holds;
 *   2. a bare value of the slot's type ("forty two", "female", "one sixty five") answers it, even
 *      when another intent has a sample that would take the same words;
 *   3. a line that clearly matches another intent goes there ("stop", "help", "start a workout");
 *   4. a line that matches nothing is the answer, as heard ("banana" arrives as "?").
 */
export function resolveLine(
  model: IModel,
  matcher: SampleMatcher,
  phrase: string,
  elicitation: Elicitation | undefined,
): ResolvedLine {
  const line = phrase.replace(/(\w)-(\w)/g, "$1 $2");
  // Numbers as a recognizer gives them, digits ("one sixty five" is 165), tried first: a
  // frame learned from the model must not take the words of a number for its own.
  const digits = withDigits(line);
  const match = (digits !== line ? matcher.match(digits) : undefined) ?? matcher.match(line);
  if (!elicitation) return match ? heard(model, match) : { intent: FALLBACK, slots: {} };
  const type = slotType(model, elicitation.intent, elicitation.slot);
  const bare = type !== undefined && isBareValue(model, line, type);
  const own = match?.intent === elicitation.intent;
  if (match && own && !(bare && takesWholeLine(match, line))) {
    return inDialog(elicitation, heard(model, match).slots);
  }
  if (bare || !match) {
    const answer = type === undefined ? line : answerOf(model, line, type);
    return inDialog(
      elicitation,
      heard(model, { intent: elicitation.intent, slots: { [elicitation.slot]: answer } }).slots,
    );
  }
  return heard(model, match);
}

/** A new answer on top of what the dialog holds; the new words win. */
function inDialog(elicitation: Elicitation, slots: Readonly<Record<string, string>>): ResolvedLine {
  return { intent: elicitation.intent, slots: { ...elicitation.slots, ...slots } };
}

/** The slot values of a match as a device sends them. */
function heard(model: IModel, match: SampleMatch): ResolvedLine {
  const slots = Object.fromEntries(
    Object.entries(match.slots).map(([name, words]) => {
      const type = slotType(model, match.intent, name);
      if (type === "AMAZON.NUMBER") return [name, spokenNumber(words)];
      if (type === "AMAZON.DURATION") return [name, spokenDuration(words)];
      if (type === "AMAZON.TIME") return [name, spokenTime(words) ?? "?"];
      return [name, words];
    }),
  );
  return { intent: match.intent, slots };
}

/** A sample that is just the slot ("{sex}"), so the line is a bare value, not a sentence. */
function takesWholeLine(match: SampleMatch, line: string): boolean {
  const values = Object.values(match.slots);
  return values.length === 1 && [line, withDigits(line)].includes(values[0] ?? "");
}

function slotType(model: IModel, intent: string, slot: string): string | undefined {
  if (!model.intentSchema.hasIntent(intent)) return undefined;
  return model.intentSchema.intent(intent).slotForName(slot)?.type;
}

/** Words around a bare answer that a device does not keep ("um, female", "forty please"). */
function withoutFillers(line: string): string {
  return line
    .toLowerCase()
    .replace(/^(?:(?:um|uh|er|erm|oh|well|just|i guess|i think),?\s+)+/, "")
    .replace(/,?\s+(?:please|i guess|i think)$/, "")
    .trim();
}

/** Whether the whole line is a value of the slot's type: a number, a duration, a listed value. */
function isBareValue(model: IModel, line: string, type: string): boolean {
  const words = withoutFillers(line);
  if (type === "AMAZON.NUMBER") return parseNumber(words) !== undefined;
  if (type === "AMAZON.DURATION") return spokenDuration(words) !== "?";
  if (type === "AMAZON.TIME") return spokenTime(words) !== undefined;
  return (model.slotTypes?.slotType(type)?.matchAll(words).length ?? 0) > 0;
}

/**
 * A line given as the slot's answer, in the words a device would fill it with: the number or
 * duration in it ("I'd say forty" is 40; two numbers or none arrive as "?"), or the listed value
 * it names ("I guess moderately active"); otherwise the line itself, which the skill rejects.
 */
function answerOf(model: IModel, line: string, type: string): string {
  const words = withoutFillers(line);
  if (type === "AMAZON.NUMBER") {
    if (parseNumber(words)) return words;
    const numbers = withDigits(words)
      .split(" ")
      .filter((word) => /^\d+(?:\.\d+)?$/.test(word));
    return numbers.length === 1 ? (numbers[0] ?? "?") : "?";
  }
  if (type === "AMAZON.DURATION" || type === "AMAZON.TIME") return words;
  const values = model.slotTypes?.slotType(type)?.values ?? [];
  const named = values
    .flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])])
    .filter((name) => ` ${words} `.includes(` ${name.toLowerCase()} `))
    .sort((a, b) => b.length - a.length);
  return named[0] ?? line;
}
