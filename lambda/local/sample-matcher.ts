/**
 * Which sample of the interaction model a typed line is, and what its slots took: the rule
 * virtual-alexa's matcher follows (the sample with the most literal text wins; on a tie, the
 * one with more typed slots; then the first), without its two faults. virtual-core turns
 * "a {level} {workoutKind} workout" into /a(.*)(.*)workout/ and tries only the split the regex
 * engine finds first, so two slots side by side never match ("a beginner dumbbell workout"
 * falls back) where a device hears them fine; and it compiles a regex per sample per line,
 * which is slow for a model of thousands of samples. Here every split is tried, on words.
 *
 * A line no sample says may still be one said with a frame the model teaches (learned-frames.ts):
 * "okay can you skip this exercise please" is "skip this exercise" of SkipExerciseIntent when
 * that intent's samples come with "okay", "can you" and "please". Exact samples win first.
 */
import { cores, type IntentFrames, learnFrames, withCommonFrames } from "./learned-frames";
import { spokenNumber } from "./spoken-number";
import { spokenTime } from "./spoken-time";

interface ModelSlotType {
  readonly name: string;
  readonly values: readonly {
    readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
  }[];
}

export interface MatcherModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly intents: readonly {
        readonly name: string;
        readonly slots?: readonly { readonly name: string; readonly type: string }[];
        readonly samples?: readonly string[];
      }[];
      readonly types?: readonly ModelSlotType[];
    };
  };
}

export interface SampleMatch {
  readonly intent: string;
  readonly slots: Record<string, string>;
}

type Token = { readonly word: string } | { readonly slot: string; readonly accepts: Accepts };
/** Whether a slot can take these words; "untyped" takes any (virtual-alexa's AMAZON.DURATION). */
type Accepts = ((words: string) => boolean) & { readonly typed: boolean };

interface CompiledSample {
  readonly intent: string;
  /** The sample as learned-frames.ts reads it: lowercase, one space between words. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly literals: readonly string[];
  readonly score: number;
  readonly typed: number;
}

const DURATION_UNIT = /\b(?:seconds?|minutes?|mins?|hours?|hrs?)(?: and a half)?$/;
/** The words a spoken length is made of: numbers, units, and "half an hour", "a couple of". */
const DURATION_WORD =
  /^(?:\d+|a|an|and|half|quarter|of|couple|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|seconds?|minutes?|mins?|hours?|hrs?)$/;

/** virtual-alexa's built-in phrasings ("skip" is AMAZON.NextIntent), matched like samples. */
export type BuiltinPhrases = Readonly<Record<string, readonly string[]>>;

interface Best {
  readonly match: SampleMatch;
  readonly score: number;
  readonly typed: number;
}

export class SampleMatcher {
  private samples: CompiledSample[] = [];
  private readonly byIntent = new Map<string, CompiledSample[]>();
  private readonly frames = new Map<string, IntentFrames>();

  constructor(model: MatcherModel, builtins: BuiltinPhrases = {}) {
    const { intents, types = [] } = model.interactionModel.languageModel;
    const accepts = new Map(types.map((type) => [type.name, enumerated(type)]));
    const declared = new Set(intents.map((intent) => intent.name));
    for (const intent of intents) {
      const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      const samples = [...(intent.samples ?? []), ...(builtins[intent.name] ?? [])];
      for (const sample of samples) {
        const tokens: Token[] = sample
          .split(/\s+/)
          .filter(Boolean)
          .map((word) => {
            const slot = /^\{(\w+)\}$/.exec(word)?.[1];
            if (!slot) return { word: heard(word.toLowerCase()) };
            const type = slotTypes.get(slot) ?? "";
            return { slot, accepts: accepts.get(type) ?? builtinType(type) };
          });
        const literals = tokens.flatMap((t) => ("word" in t ? [t.word] : []));
        this.samples.push({
          intent: intent.name,
          text: words(sample).map(heard).join(" "),
          tokens,
          literals,
          score: literals.join(" ").length,
          typed: tokens.filter((t) => "slot" in t && t.accepts.typed).length,
        });
      }
    }
    // Built-ins the model does not list are unknown to the skill, as on virtual-alexa.
    this.samples = this.samples.filter((sample) => declared.has(sample.intent));
    for (const sample of this.samples) {
      const list = this.byIntent.get(sample.intent) ?? [];
      list.push(sample);
      this.byIntent.set(sample.intent, list);
    }
    const learned = new Map(
      [...this.byIntent].map(([intent, list]) => [
        intent,
        learnFrames(list.map((sample) => sample.text)),
      ]),
    );
    for (const [intent, frames] of withCommonFrames(learned)) this.frames.set(intent, frames);
  }

  match(phrase: string): SampleMatch | undefined {
    // Punctuation is not heard, but the point of a decimal is ("75.5" is not 755).
    const said = words(
      phrase.replace(/[!"¿?#$%/()=+\-_<>*{}·¡[\],;:]/g, "").replace(/\.(?!\d)|(?<!\d)\./g, ""),
    );
    const exact = best(this.samples, said);
    if (exact) return exact.match;
    const compared = said.map(heard);
    // Every core covers the whole line with frames, so the best is the one whose sample says
    // most of it itself: the fewest words left to frames ("start the gym machines workout" is
    // "the {workoutKind} workout" after "start", not "{equipment}" after three frames).
    let framed: Best | undefined;
    for (const [intent, frames] of this.frames)
      for (const { start, end } of cores(compared, frames)) {
        const found = best(this.byIntent.get(intent) ?? [], said.slice(start, end));
        if (found && better(found, framed)) framed = found;
      }
    return framed?.match;
  }
}

/** The sample that covers the words with the most literal text (then the most typed slots). */
function best(samples: readonly CompiledSample[], said: readonly string[]) {
  const present = new Set(said.map(heard));
  let found: Best | undefined;
  for (const sample of samples) {
    if (sample.literals.some((word) => !present.has(word))) continue;
    const slots = cover(sample.tokens, 0, said, 0, {});
    if (!slots) continue;
    const candidate = {
      match: { intent: sample.intent, slots },
      score: sample.score,
      typed: sample.typed,
    };
    if (better(candidate, found)) found = candidate;
  }
  return found;
}

function better(candidate: Best, than: Best | undefined): boolean {
  if (!than) return true;
  return (
    candidate.score > than.score || (candidate.score === than.score && candidate.typed > than.typed)
  );
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A word as the matcher compares it: "an" is "a", as to a device's NLU, so the grammar need
 * not say "(a | an)" before every slot ("an advanced routine" is "a {level} routine"). Slots
 * keep the words as said ("half an hour").
 */
function heard(word: string): string {
  return word === "an" ? "a" : word;
}

/** Every way the sample's tokens can cover the words, slots taking one word or more. */
function cover(
  tokens: readonly Token[],
  at: number,
  said: readonly string[],
  from: number,
  slots: Record<string, string>,
): Record<string, string> | undefined {
  const token = tokens[at];
  if (!token) return from === said.length ? slots : undefined;
  if ("word" in token)
    return heard(said[from] ?? "") === token.word
      ? cover(tokens, at + 1, said, from + 1, slots)
      : undefined;
  for (let end = from + 1; end <= said.length; end++) {
    const value = said.slice(from, end).join(" ");
    if (!token.accepts(value)) continue;
    const rest = cover(tokens, at + 1, said, end, { ...slots, [token.slot]: value });
    if (rest) return rest;
  }
  return undefined;
}

function enumerated(type: ModelSlotType): Accepts {
  const known = new Set(
    type.values.flatMap((v) =>
      [v.name.value, ...(v.name.synonyms ?? [])].map((s) => s.toLowerCase()),
    ),
  );
  return Object.assign((value: string) => known.has(value), { typed: true });
}

function builtinType(type: string): Accepts {
  // Any number a recognizer hears ("one sixty five", "a hundred and sixty"); a decimal too,
  // which the slot then sends as "?" (spoken-number.ts).
  if (type === "AMAZON.NUMBER")
    return Object.assign(
      (value: string) => /^\d+(?:\.\d+)?$/.test(value) || spokenNumber(value) !== "?",
      { typed: true },
    );
  // AMAZON.TIME: a clock time ("seven a.m.", "six thirty p.m.", "noon"), nothing else.
  if (type === "AMAZON.TIME")
    return Object.assign((value: string) => spokenTime(value) !== undefined, { typed: true });
  // AMAZON.DURATION: a recognizer hears a length only in number and unit words ending in a
  // unit ("half an hour", "twenty minutes"), so "a pair of dumbbells", "one more tip" or "the
  // blaster for ten minutes" is never one. It stays untyped for the tie with an equipment
  // sample of the same frame.
  if (type === "AMAZON.DURATION")
    return Object.assign(
      (value: string) =>
        DURATION_UNIT.test(value) && value.split(" ").every((w) => DURATION_WORD.test(w)),
      { typed: false },
    );
  return Object.assign((_value: string) => true, { typed: false });
}
