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

/** Seconds to say plain (unescaped, tag-free) text. */
export function estimateSpeechSeconds(text: string): number {
  const words = text.split(/\s+/).reduce((sum, token) => sum + spokenWordsIn(token), 0);
  if (words === 0) return 0;
  const sentenceEnds = (text.match(/[.?!]+(\s|$)/g) ?? []).length;
  const clauses = (text.match(/[,:;](\s|$)/g) ?? []).length;
  return (
    words / WORDS_PER_SECOND +
    sentenceEnds * SENTENCE_PAUSE_SECONDS +
    clauses * CLAUSE_PAUSE_SECONDS
  );
}

/** A token such as "1,300" is said as several words ("one thousand three hundred"). */
function spokenWordsIn(token: string): number {
  if (!/[\p{L}\p{N}]/u.test(token)) return 0;
  const digits = token.replace(/[^0-9]/g, "");
  if (digits.length === 0) return 1;
  // Roughly one spoken word per significant digit group: 12 -> 1, 150 -> 3, 1300 -> 4.
  return Math.max(1, digits.replace(/0+$/, "").length + (digits.length > 3 ? 1 : 0));
}

/**
 * The pause Alexa adds after the last word of `text` ("." or ","), which a break placed right
 * after it replaces rather than adds to: SSML's break overrides the prosodic boundary where it
 * stands (W3C SSML 1.1, 3.2.3; Amazon's `strength="none"` exists to remove exactly that pause).
 */
export function trailingPauseSeconds(text: string): number {
  if (/[.?!]+$/.test(text)) return SENTENCE_PAUSE_SECONDS;
  if (/[,:;]$/.test(text)) return CLAUSE_PAUSE_SECONDS;
  return 0;
}
