/**
 * The openings and endings an intent's samples are said with, learned from the model itself:
 * "okay" is a frame of AMAZON.PauseIntent when the model has "pause" and "okay pause", "wait"
 * and "okay wait", and so on. The grammar puts its fillers ("okay", "can you", "tell me",
 * "please") only on short sentences, as enough for a device's NLU to learn them; a device then
 * hears "okay start a beginner dumbbell workout" although no sample says it. The console's
 * matcher does the same with what this learns, instead of a model that lists every filler
 * with every slot combination (34,000 samples, too big to load quickly).
 */

/** An opening or ending is learned from this many sample pairs of one intent, not one chance. */
export const MIN_PAIRS = 3;
/** The longest frame learned, in words: "can you tell me", "i want to know". */
export const MAX_FRAME_WORDS = 4;
/** Openings said one after another: "um okay can you ...". */
export const MAX_OPENINGS = 3;

export interface IntentFrames {
  readonly prefixes: ReadonlySet<string>;
  readonly suffixes: ReadonlySet<string>;
}

/**
 * One intent's learned frames, from its samples as the matcher compares them (lowercase, one
 * space between words, "an" as "a").
 */
export function learnFrames(samples: readonly string[]): IntentFrames {
  const own = new Set(samples);
  const prefixes = new Map<string, number>();
  const suffixes = new Map<string, number>();
  const count = (counts: Map<string, number>, frame: string): void => {
    counts.set(frame, (counts.get(frame) ?? 0) + 1);
  };
  for (const sample of own) {
    const words = sample.split(" ");
    for (let k = 1; k <= MAX_FRAME_WORDS && k < words.length; k++) {
      const head = words.slice(0, k);
      const tail = words.slice(-k);
      if (!head.some(isSlot) && own.has(words.slice(k).join(" "))) count(prefixes, head.join(" "));
      if (!tail.some(isSlot) && own.has(words.slice(0, -k).join(" ")))
        count(suffixes, tail.join(" "));
    }
  }
  return { prefixes: frequent(prefixes), suffixes: frequent(suffixes) };
}

/**
 * A frame learned by this many intents is a filler of the language, not of one intent
 * ("okay", "um", "please", "can you"): every intent gets it, as a device's NLU hears "okay"
 * before anything.
 */
export const COMMON_IN_INTENTS = 4;

export function withCommonFrames(
  learned: ReadonlyMap<string, IntentFrames>,
): Map<string, IntentFrames> {
  const common = (pick: (frames: IntentFrames) => ReadonlySet<string>): Set<string> => {
    const counts = new Map<string, number>();
    for (const frames of learned.values())
      for (const frame of pick(frames)) counts.set(frame, (counts.get(frame) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n >= COMMON_IN_INTENTS).map(([f]) => f));
  };
  const prefixes = common((frames) => frames.prefixes);
  const suffixes = common((frames) => frames.suffixes);
  return new Map(
    [...learned].map(([intent, frames]) => [
      intent,
      {
        prefixes: new Set([...frames.prefixes, ...prefixes]),
        suffixes: new Set([...frames.suffixes, ...suffixes]),
      },
    ]),
  );
}

function isSlot(word: string): boolean {
  return word.startsWith("{");
}

function frequent(counts: ReadonlyMap<string, number>): Set<string> {
  return new Set([...counts].filter(([, n]) => n >= MIN_PAIRS).map(([frame]) => frame));
}

/** Where a core lies in the line: words [start, end). */
export interface Core {
  readonly start: number;
  readonly end: number;
}

/**
 * The cores a line may be once learned frames are taken off: at most MAX_OPENINGS openings ("um",
 * "okay", "can you") and one ending ("please"), at least one of them, never the whole line.
 * As word positions, so the caller keeps the words as said for the slots.
 */
export function cores(said: readonly string[], frames: IntentFrames): Core[] {
  const out: Core[] = [];
  const openings = (start: number, end: number, depth: number, framed: boolean): void => {
    if (framed && start < end) out.push({ start, end });
    if (depth === MAX_OPENINGS) return;
    for (let k = 1; k <= MAX_FRAME_WORDS && start + k < end; k++)
      if (frames.prefixes.has(said.slice(start, start + k).join(" ")))
        openings(start + k, end, depth + 1, true);
  };
  openings(0, said.length, 0, false);
  for (let k = 1; k <= MAX_FRAME_WORDS && k < said.length; k++)
    // The line without its ending, then that with openings taken off as well.
    if (frames.suffixes.has(said.slice(-k).join(" "))) openings(0, said.length - k, 0, true);
  return out;
}
