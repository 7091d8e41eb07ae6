/**
 * How long Alexa takes to say a piece of text, estimated from its words.
 *
 * The model: Alexa's default en-US voice speaks at roughly 150 words a minute (2.5 words a
 * second) for short coaching sentences, and it adds a short pause at sentence ends and commas.
 * We use the slower end of published measurements (150-165 wpm): over-estimating speech makes
 * the padding breaks a little shorter, so a timed block never runs long by more than the error
 * of one cue. Breaks are exact; only spoken words are estimated.
 */

export const WORDS_PER_SECOND = 2.5;
/** Pause Alexa adds after ". ", "? " and "! ". */
export const SENTENCE_PAUSE_SECONDS = 0.35;
/** Pause Alexa adds after ", ", ": " and "; ". */
export const CLAUSE_PAUSE_SECONDS = 0.15;

/**
 * Seconds to say plain (unescaped, tag-free) text. Every line of every answer is estimated,
 * and a launch estimates a whole workout to announce its length, so this is one pass over the
 * characters rather than a split and three regular expressions (it was the warm turn's largest
 * cost). It counts exactly what they did: words split at white space, each token said as
 * spokenWords() says; runs of ".?!" and each ",:;" followed by white space or the end. The
 * coach says the same lines over and over ("Ready for set two?"): each is counted once per
 * container and remembered.
 */
export function estimateSpeechSeconds(text: string): number {
  const known = rememberedLines.get(text);
  if (known !== undefined) return known;
  const seconds = countSpeechSeconds(text);
  if (text.length <= MAX_REMEMBERED_LINE) {
    if (rememberedLines.size >= MAX_REMEMBERED_LINES) rememberedLines.clear();
    rememberedLines.set(text, seconds);
  }
  return seconds;
}

/** Lines remembered: every line of every workout a container coaches, a few hundred KB at most. */
const MAX_REMEMBERED_LINES = 4096;
const MAX_REMEMBERED_LINE = 240;
const rememberedLines = new Map<string, number>();

function countSpeechSeconds(text: string): number {
  let words = 0;
  let sentenceEnds = 0;
  let clauses = 0;
  let token = EMPTY_TOKEN_STATE;
  let tokenStart = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : SPACE;
    if (isWhiteSpace(code)) {
      if (i > tokenStart) words += spokenWords(text, tokenStart, i, token);
      token = EMPTY_TOKEN_STATE;
      tokenStart = i + 1;
      continue;
    }
    token = next(token, code);
    const following = i + 1 < length ? text.charCodeAt(i + 1) : SPACE;
    // The last of a run of ".?!" (what follows a run's other marks is a mark, not a space).
    if (isSentenceEnd(code) && isWhiteSpace(following)) sentenceEnds++;
    else if (isClauseEnd(code) && isWhiteSpace(following)) clauses++;
  }
  if (words === 0) return 0;
  return (
    words / WORDS_PER_SECOND +
    sentenceEnds * SENTENCE_PAUSE_SECONDS +
    clauses * CLAUSE_PAUSE_SECONDS
  );
}

/** What a token has shown so far, packed in one number: no allocation per character. */
type TokenState = number;
const EMPTY_TOKEN_STATE: TokenState = 0;
const ASCII_ALNUM = 1;
const NON_ASCII = 2;
/** Bits 2 and up: the digit count, then (from bit 16) the count up to the last non-zero one. */
const DIGIT = 4;
const DIGIT_MASK = 0xfffc;
const SIGNIFICANT_SHIFT = 16;

function next(state: TokenState, code: number): TokenState {
  if (code >= 48 && code <= 57) {
    const digits = ((state & DIGIT_MASK) >> 2) + 1;
    const significant = code === 48 ? state >>> SIGNIFICANT_SHIFT : digits;
    return (
      (state & (ASCII_ALNUM | NON_ASCII)) |
      ASCII_ALNUM |
      ((digits * DIGIT) & DIGIT_MASK) |
      (significant << SIGNIFICANT_SHIFT)
    );
  }
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return state | ASCII_ALNUM;
  return code > 127 ? state | NON_ASCII : state;
}

/**
 * A token such as "1,300" is said as several words ("one thousand three hundred"): counted as
 * one word per significant digit, and one more past a thousand (12 -> 2, 150 -> 2, 1,300 -> 3).
 * A token with no letter or number in any script ("-", "...") is not said at all.
 */
function spokenWords(text: string, start: number, end: number, state: TokenState): number {
  if ((state & ASCII_ALNUM) === 0) {
    // Only non-ASCII characters can still be letters or numbers; rare, so asked of Unicode here.
    return (state & NON_ASCII) !== 0 && letterOrNumber().test(text.slice(start, end)) ? 1 : 0;
  }
  const digits = (state & DIGIT_MASK) >> 2;
  if (digits === 0) return 1;
  return Math.max(1, (state >>> SIGNIFICANT_SHIFT) + (digits > 3 ? 1 : 0));
}

/**
 * Made the first time a token needs it: a Unicode property class written as a literal is
 * checked when the bundle is compiled, even inside a function not yet called, half a
 * millisecond of every cold start, and most text never needs it.
 */
let letterOrNumberPattern: RegExp | undefined;
const letterOrNumber = () => {
  // biome-ignore lint/complexity/useRegexLiterals: a literal would be compiled with the bundle.
  letterOrNumberPattern ??= new RegExp("[\\p{L}\\p{N}]", "u");
  return letterOrNumberPattern;
};
const SPACE = 32;

/** JavaScript's white space (what the regular expression \s matches), by character code. */
function isWhiteSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isSentenceEnd = (code: number) => code === 46 || code === 63 || code === 33; // . ? !
const isClauseEnd = (code: number) => code === 44 || code === 58 || code === 59; // , : ;

/**
 * The pause Alexa adds after the last word of `text` ("." or ","), which a break placed right
 * after it replaces rather than adds to: SSML's break overrides the prosodic boundary where it
 * stands (W3C SSML 1.1, 3.2.3; Amazon's `strength="none"` exists to remove exactly that pause).
 */
export function trailingPauseSeconds(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (isSentenceEnd(last)) return SENTENCE_PAUSE_SECONDS;
  if (isClauseEnd(last)) return CLAUSE_PAUSE_SECONDS;
  return 0;
}
