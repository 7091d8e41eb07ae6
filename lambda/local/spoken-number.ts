/**
 * What Alexa does with a spoken number before a skill sees it: AMAZON.NUMBER arrives as digits
 * ("forty two" is "42", "a hundred and sixty" "160"), and as "?" when the words are no whole
 * number. The console does the same, so the skill is tested on what a device really sends.
 *
 * Written here rather than taken from npm: `words-to-numbers` (the most used) pulls babel-runtime
 * 6 and core-js 2 and reads "one sixty five" as "1 65", "a band" as "1 band" and "a dozen" as
 * "1 dozen"; `numbers-from-words` reads "banana" as 0 and refuses "a hundred and sixty". The
 * cases a voice coach hears most are exactly the ones they miss.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = { thousand: 1_000, million: 1_000_000 };

/** Words people put before a number they are not sure of; Alexa keeps only the number. */
const HEDGES = /^(?:about|around|roughly|approximately|maybe|like|say|um|uh|just|only)$/;

/** A word that can be part of a spoken number (not counting "a", "an", "and"). */
export function isNumberWord(word: string): boolean {
  return (
    /^\d+$/.test(word) ||
    SMALL[word] !== undefined ||
    TENS[word] !== undefined ||
    SCALES[word] !== undefined ||
    word === "hundred" ||
    word === "dozen" ||
    word === "oh" ||
    word === "point"
  );
}

export type ParsedNumber =
  | { readonly kind: "whole"; readonly value: number }
  | { readonly kind: "decimal"; readonly text: string };

/**
 * One spoken number, or undefined when the words are not one. Cardinals as usual ("two thousand
 * five hundred"), and the way people say weights, heights and years: "one sixty five" is 165,
 * "nineteen eighty four" 1984, "one oh five" 105 (pieces under a hundred, said one after the
 * other, are written one after the other). "a dozen" is 12; "seventy five point five" is a
 * decimal, which AMAZON.NUMBER cannot carry (the caller decides what that becomes).
 */
export function parseNumber(text: string): ParsedNumber | undefined {
  const words = text.toLowerCase().replace(/-/g, " ").split(/\s+/).filter(Boolean);
  while (words.length > 0 && HEDGES.test(words[0] ?? "")) words.shift();
  if (words.length === 1 && /^\d+\.\d+$/.test(words[0] ?? ""))
    return { kind: "decimal", text: words[0] ?? "" };
  const point = words.indexOf("point");
  if (point !== -1) {
    const whole =
      point === 0 ? { kind: "whole", value: 0 } : parseNumber(words.slice(0, point).join(" "));
    const digits = words.slice(point + 1).map(digitWord);
    if (whole?.kind !== "whole" || digits.length === 0 || digits.some((d) => d === undefined))
      return undefined;
    return { kind: "decimal", text: `${whole.value}.${digits.join("")}` };
  }
  const value = wholeNumber(words);
  return value === undefined ? undefined : { kind: "whole", value };
}

/** What a device sends for an AMAZON.NUMBER slot: digits, or "?" (a decimal included). */
export function spokenNumber(text: string): string {
  const parsed = parseNumber(text);
  return parsed?.kind === "whole" ? String(parsed.value) : "?";
}

function digitWord(word: string): string | undefined {
  if (/^\d$/.test(word)) return word;
  if (word === "oh") return "0";
  const small = SMALL[word];
  return small !== undefined && small < 10 ? String(small) : undefined;
}

/**
 * A whole number from its words. Cardinal pieces are read as usual; when a word cannot go on
 * the piece before it ("one" then "sixty"), a new piece starts, and pieces under a hundred are
 * written side by side, as a recognizer does with "one sixty five".
 */
function wholeNumber(words: readonly string[]): number | undefined {
  const pieces: Piece[] = [];
  let piece: Piece | undefined;
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    if (
      (word === "a" || word === "an") &&
      (next === "hundred" || next === "dozen" || SCALES[next ?? ""])
    )
      continue;
    if (word === "and") {
      // "a hundred and sixty": "and" only ever joins a hundred or a thousand to what follows.
      if (!piece || (piece.last !== "hundred" && piece.last !== "scale") || next === undefined)
        return undefined;
      continue;
    }
    const extended = piece && extend(piece, word, words[i - 1]);
    if (extended) {
      piece = extended;
      continue;
    }
    const started = start(word, words[i - 1]);
    if (!started) return undefined;
    if (piece) pieces.push(piece);
    piece = started;
  }
  if (!piece) return undefined;
  pieces.push(piece);
  if (pieces.length === 1) return piece.last === "oh" ? undefined : total(piece);
  // Side by side only for pieces under a hundred, and "oh" only between them ("one oh five").
  if (pieces.some((p) => total(p) >= 100) || pieces[0]?.last === "oh") return undefined;
  return Number(pieces.map((p) => (p.last === "oh" ? "0" : String(total(p)))).join(""));
}

/** A cardinal under way: `big` holds thousands and more, `small` the part under a thousand. */
interface Piece {
  readonly big: number;
  readonly small: number;
  readonly last: "unit" | "teen" | "tens" | "tensUnit" | "hundred" | "scale" | "oh" | "dozen";
}

function start(word: string, before: string | undefined): Piece | undefined {
  if (/^\d+$/.test(word)) return { big: 0, small: Number(word), last: "tensUnit" };
  const small = SMALL[word];
  if (small !== undefined) return { big: 0, small, last: small < 10 ? "unit" : "teen" };
  const tens = TENS[word];
  if (tens !== undefined) return { big: 0, small: tens, last: "tens" };
  if (word === "oh") return { big: 0, small: 0, last: "oh" };
  // "a hundred", "a dozen", "a thousand": the "a" was skipped, it stands for one.
  if (before === "a" || before === "an") {
    if (word === "hundred") return { big: 0, small: 100, last: "hundred" };
    if (word === "dozen") return { big: 0, small: 12, last: "dozen" };
    const scale = SCALES[word];
    if (scale) return { big: scale, small: 0, last: "scale" };
  }
  return undefined;
}

function extend(piece: Piece, word: string, before: string | undefined): Piece | undefined {
  const small = SMALL[word];
  const afterHundreds = piece.last === "hundred" || piece.last === "scale" || before === "and";
  if (piece.last === "tens" && small !== undefined && small > 0 && small < 10)
    return { ...piece, small: piece.small + small, last: "tensUnit" };
  if (afterHundreds && piece.small % 100 === 0) {
    if (small !== undefined)
      return { ...piece, small: piece.small + small, last: small < 10 ? "unit" : "teen" };
    const tens = TENS[word];
    if (tens !== undefined) return { ...piece, small: piece.small + tens, last: "tens" };
    if (/^\d+$/.test(word) && Number(word) < 100)
      return { ...piece, small: piece.small + Number(word), last: "tensUnit" };
  }
  if (word === "hundred" && piece.small > 0 && piece.small < 100 && piece.last !== "hundred")
    return { ...piece, small: piece.small * 100, last: "hundred" };
  if (word === "dozen" && piece.big === 0 && piece.small > 0 && piece.small < 100)
    return { ...piece, small: piece.small * 12, last: "dozen" };
  const scale = SCALES[word];
  if (scale && piece.small > 0 && (piece.big === 0 || piece.big > scale * 1000))
    return { big: piece.big + piece.small * scale, small: 0, last: "scale" };
  return undefined;
}

function total(piece: Piece): number {
  return piece.big + piece.small;
}

/**
 * The phrase with each run of spoken number words as digits ("a sixty minute workout" becomes
 * "a 60 minute workout"), as a device's recognizer hands numbers over; virtual-alexa's number
 * slot knows only one to twenty. A decimal becomes its digits ("75.5"); words that are not a
 * number are left as they are.
 */
export function withDigits(phrase: string): string {
  const words = phrase
    .replace(/(\w)-(\w)/g, "$1 $2")
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    // The longest stretch that is one number, from each word on: "a band" keeps its "a",
    // "five and ten" is "5 and 10", "a hundred and twenty" is "120".
    for (let i = 0; i < run.length; ) {
      let j = run.length;
      let parsed: ParsedNumber | undefined;
      for (; j > i; j--) {
        parsed = parseNumber(run.slice(i, j).join(" "));
        if (parsed) break;
      }
      if (parsed) {
        out.push(parsed.kind === "whole" ? String(parsed.value) : parsed.text);
        i = j;
      } else out.push(run[i++] ?? "");
    }
    run = [];
  };
  for (const word of words) {
    if (isNumberWord(word.toLowerCase()) || /^(?:and|an?)$/i.test(word)) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out.join(" ");
}
