import { expand, GrammarError } from "./expand";

/**
 * The grammar source: plain text, one statement a line, `#` starts a comment.
 *
 *   invocation back coach
 *   define polite = please | for me          a named phrase list, used as $polite
 *   frame lead = (okay|so) ...               a frame: "..." is where a sentence goes
 *   intent StartWorkoutIntent                starts an intent's block
 *     slot minutes: AMAZON.NUMBER            a slot the intent declares
 *     frames: lead polite                    frames for the templates below (none: no frames)
 *     start a [$workout]                     a template (see expand.ts)
 *     not: start a break                     sentences this intent must not have (a conflict
 *                                            decided in favour of another intent)
 *
 * Each listed frame wraps an intent's short sentences (FRAME_MAX_WORDS, one slot at most):
 * the first TAUGHT_IN_FULL with every shape of the frame, the rest with one shape each, in turn,
 * up to WRAPPED_PER_INTENT sentences.
 * So "frames: lead please" teaches "okay ...", "so ...", "... please" on a few sentences each,
 * and the model says each sentence once or twice more, not once per filler combination
 * (multiplied into every slot combination, fillers made a model of 34,000 samples that taught
 * nothing more). A device's NLU carries an opening it has learned over to the intent's other
 * sentences, and the console's matcher does the same (lambda/local/learned-frames.ts), so
 * "okay can you skip this exercise please" needs no sample of its own.
 */

export interface GrammarIntent {
  readonly name: string;
  readonly slots: { readonly name: string; readonly type: string }[];
  /** Every sentence, in the order the templates give them, frames applied. */
  readonly samples: string[];
  readonly excluded: Set<string>;
  /** How many short sentences each frame has wrapped so far (see framed). */
  readonly wrapped: Map<string, number>;
}

export interface Grammar {
  invocationName: string | undefined;
  readonly lists: Map<string, string>;
  readonly frames: Map<string, string[]>;
  readonly intents: Map<string, GrammarIntent>;
}

export function emptyGrammar(): Grammar {
  return { invocationName: undefined, lists: new Map(), frames: new Map(), intents: new Map() };
}

/** Reads one grammar file into `grammar` (files share lists, frames and intents). */
export function readGrammar(source: string, file: string, grammar: Grammar = emptyGrammar()) {
  let intent: GrammarIntent | undefined;
  let frames: string[] = [];
  for (const [index, raw] of source.split("\n").entries()) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") continue;
    const where = `${file}:${index + 1}`;
    try {
      const [keyword, rest = ""] = splitKeyword(line);
      if (keyword === "invocation") grammar.invocationName = rest;
      else if (keyword === "define") {
        const [name, body] = definition(rest);
        grammar.lists.set(name, body);
      } else if (keyword === "frame") {
        const [name, body] = definition(rest);
        grammar.frames.set(name, frameShapes(body, grammar.lists));
      } else if (keyword === "intent") {
        intent = grammar.intents.get(rest) ?? {
          name: rest,
          slots: [],
          samples: [],
          excluded: new Set(),
          wrapped: new Map(),
        };
        grammar.intents.set(rest, intent);
        frames = [];
      } else if (!intent) throw new GrammarError("a template outside an intent");
      else if (keyword === "slot:" || keyword === "slot") {
        const [name, type] = rest.split(":").map((s) => s.trim());
        if (!name || !type) throw new GrammarError(`"slot name: TYPE" expected`);
        intent.slots.push({ name, type });
      } else if (keyword === "frames:") {
        frames = rest === "none" ? [] : rest.split(/\s+/);
        for (const frame of frames)
          if (!grammar.frames.has(frame)) throw new GrammarError(`unknown frame ${frame}`);
      } else if (keyword === "not:") {
        for (const sentence of expand(rest, grammar.lists)) intent.excluded.add(sentence);
      } else
        for (const sample of framed(expand(line, grammar.lists), frames, grammar, intent))
          intent.samples.push(sample);
    } catch (error) {
      if (error instanceof GrammarError) throw new GrammarError(`${where}: ${error.message}`);
      throw error;
    }
  }
  return grammar;
}

const KEYWORDS = new Set(["invocation", "define", "frame", "intent", "slot", "frames:", "not:"]);

function splitKeyword(line: string): [string, string?] {
  const match = /^(\S+)\s*(.*)$/.exec(line);
  const keyword = match?.[1] ?? "";
  return KEYWORDS.has(keyword) ? [keyword, match?.[2] ?? ""] : ["", line];
}

function definition(rest: string): [string, string] {
  const match = /^([\w-]+)\s*=\s*(.+)$/.exec(rest);
  if (!match?.[1] || !match[2]) throw new GrammarError(`"name = template" expected`);
  return [match[1], match[2]];
}

/** A frame's shapes: its expansions, each with "..." exactly once. */
function frameShapes(body: string, lists: ReadonlyMap<string, string>): string[] {
  const shapes = expand(body, lists);
  for (const shape of shapes)
    if (shape.split("...").length !== 2)
      throw new GrammarError(`frame shape "${shape}" needs "..." exactly once`);
  return shapes;
}

/** The longest sentence frames wrap: "how much is left", "skip this exercise". */
export const FRAME_MAX_WORDS = 4;
/**
 * How many sentences of an intent get every shape of a frame: as many as the console's matcher
 * needs pairs to learn an opening (MIN_PAIRS in lambda/local/learned-frames.ts).
 */
export const TAUGHT_IN_FULL = 3;
/**
 * The most sentences of one intent a frame wraps: enough to teach it (each of a frame's shapes
 * on a dozen sentences or more); past that a frame only makes the model bigger.
 */
export const WRAPPED_PER_INTENT = 60;

/** Short: at most FRAME_MAX_WORDS words, of which at most one a slot ("I'm {age}"). */
function short(sentence: string): boolean {
  const words = sentence.split(" ");
  return words.length <= FRAME_MAX_WORDS && words.filter((w) => w.startsWith("{")).length <= 1;
}

/** Counted over the whole intent, so each shape is taught about as often as the others. */
function framed(
  sentences: string[],
  frames: readonly string[],
  grammar: Grammar,
  intent: GrammarIntent,
): string[] {
  const out = [...sentences];
  for (const frame of frames) {
    const shapes = grammar.frames.get(frame) ?? [];
    for (const sentence of sentences.filter(short)) {
      const i = intent.wrapped.get(frame) ?? 0;
      if (i >= WRAPPED_PER_INTENT) break;
      intent.wrapped.set(frame, i + 1);
      for (const [j, shape] of shapes.entries())
        if (i < TAUGHT_IN_FULL || i % shapes.length === j) out.push(shape.replace("...", sentence));
    }
  }
  return out;
}
