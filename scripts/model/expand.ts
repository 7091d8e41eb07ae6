/**
 * Expands one grammar template into the sentences it stands for.
 *
 *   (a|b|c)   one of the alternatives (they may nest and be empty: "(a|)")
 *   [words]   optional words, the same as "(words|)"
 *   $name     a named phrase list (`define name = ...` in the grammar), expanded in place
 *   {slot}    an Alexa slot reference, passed through untouched
 *
 * Why our own: the expanders on npm (alexa-utterances, intent-utterance-expander) use "{...}"
 * for both alternatives and slots and have no named lists or typings; this is the small subset
 * the grammar needs, and it fails loudly (unknown list, unbalanced bracket, runaway expansion).
 */

type Part =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "choice"; readonly options: readonly Sequence[] }
  | { readonly kind: "ref"; readonly name: string };
type Sequence = readonly Part[];

export class GrammarError extends Error {
  override readonly name = "GrammarError";
}

/** What a `$name` stands for: its own template alternatives. */
export type PhraseLists = ReadonlyMap<string, string>;

/** One template can stand for at most this many sentences: a guard against a typo's explosion. */
export const MAX_EXPANSIONS = 20_000;

export function expand(template: string, lists: PhraseLists = new Map()): string[] {
  const sentences = expandSequence(parse(template), lists, [template]);
  return [...new Set(sentences.map(tidy).filter((s) => s !== ""))];
}

function tidy(sentence: string): string {
  return sentence.replace(/\s+/g, " ").trim();
}

function expandSequence(sequence: Sequence, lists: PhraseLists, trail: string[]): string[] {
  let out: string[] = [""];
  for (const part of sequence) {
    const options = expandPart(part, lists, trail);
    const next: string[] = [];
    for (const head of out) for (const tail of options) next.push(`${head} ${tail}`);
    if (next.length > MAX_EXPANSIONS)
      throw new GrammarError(`"${trail[0]}" expands to more than ${MAX_EXPANSIONS} sentences`);
    out = next;
  }
  return out;
}

function expandPart(part: Part, lists: PhraseLists, trail: string[]): string[] {
  if (part.kind === "word") return [part.text];
  if (part.kind === "choice")
    return part.options.flatMap((option) => expandSequence(option, lists, trail));
  const body = lists.get(part.name);
  if (body === undefined)
    throw new GrammarError(`unknown phrase list $${part.name} in "${trail[0]}"`);
  if (trail.includes(`$${part.name}`))
    throw new GrammarError(`phrase list $${part.name} refers to itself`);
  return expandSequence(parse(body), lists, [...trail, `$${part.name}`]).map(tidy);
}

/** Templates are parsed by a small recursive descent over characters. */
function parse(template: string): Sequence {
  const reader = { text: template, at: 0 };
  const alternatives = parseAlternatives(reader, "");
  if (reader.at < template.length)
    throw new GrammarError(`unexpected "${template[reader.at]}" in "${template}"`);
  return alternatives.length === 1
    ? (alternatives[0] ?? [])
    : [{ kind: "choice", options: alternatives }];
}

interface Reader {
  readonly text: string;
  at: number;
}

function parseAlternatives(reader: Reader, closer: string): Sequence[] {
  const options: Part[][] = [[]];
  while (reader.at < reader.text.length) {
    const char = reader.text[reader.at] ?? "";
    if (char === closer) return options;
    if (char === ")" || char === "]") break;
    reader.at++;
    const current = options.at(-1) ?? [];
    if (char === "|") options.push([]);
    else if (char === "(" || char === "[") {
      const close = char === "(" ? ")" : "]";
      const inner = parseAlternatives(reader, close);
      if (reader.text[reader.at] !== close)
        throw new GrammarError(`unclosed "${char}" in "${reader.text}"`);
      reader.at++;
      current.push({ kind: "choice", options: close === "]" ? [...inner, []] : inner });
    } else if (char === "$") {
      const name = /^[\w-]+/.exec(reader.text.slice(reader.at))?.[0];
      if (!name) throw new GrammarError(`"$" without a list name in "${reader.text}"`);
      reader.at += name.length;
      current.push({ kind: "ref", name });
    } else if (char === "{") {
      const end = reader.text.indexOf("}", reader.at);
      if (end === -1) throw new GrammarError(`unclosed "{" in "${reader.text}"`);
      current.push({ kind: "word", text: reader.text.slice(reader.at - 1, end + 1) });
      reader.at = end + 1;
    } else if (/\s/.test(char)) current.push({ kind: "word", text: " " });
    else {
      const word = char + (/^[^\s()[\]|{}$]*/.exec(reader.text.slice(reader.at))?.[0] ?? "");
      reader.at += word.length - 1;
      current.push({ kind: "word", text: word });
    }
  }
  if (closer !== "") throw new GrammarError(`unclosed bracket in "${reader.text}"`);
  return options;
}
