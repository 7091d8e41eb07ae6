import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fill } from "../../../lambda/coach/speech/fill";
import {
  CLAUSE_PAUSE_SECONDS,
  estimateSpeechSeconds,
  SENTENCE_PAUSE_SECONDS,
  trailingPauseSeconds,
  WORDS_PER_SECOND,
} from "../../../lambda/coach/speech/speech-rate";
import { escapeSsmlText } from "../../../lambda/coach/speech/ssml-builder";
import { spokenText } from "../../../lambda/screens/default-screen";

/**
 * The estimate as it was written before it became one pass over the characters (for speed):
 * the rule in its plainest form, which the fast version must match on any text.
 */
function reference(text: string): number {
  const spoken = (token: string) => {
    if (!/[\p{L}\p{N}]/u.test(token)) return 0;
    const digits = token.replace(/[^0-9]/g, "");
    if (digits.length === 0) return 1;
    return Math.max(1, digits.replace(/0+$/, "").length + (digits.length > 3 ? 1 : 0));
  };
  const words = text.split(/\s+/).reduce((sum, token) => sum + spoken(token), 0);
  if (words === 0) return 0;
  const sentenceEnds = (text.match(/[.?!]+(\s|$)/g) ?? []).length;
  const clauses = (text.match(/[,:;](\s|$)/g) ?? []).length;
  return (
    words / WORDS_PER_SECOND +
    sentenceEnds * SENTENCE_PAUSE_SECONDS +
    clauses * CLAUSE_PAUSE_SECONDS
  );
}

function referenceTrailing(text: string): number {
  if (/[.?!]+$/.test(text)) return SENTENCE_PAUSE_SECONDS;
  if (/[,:;]$/.test(text)) return CLAUSE_PAUSE_SECONDS;
  return 0;
}

/** Characters that matter to the rule: every kind of space, marks, digits, other scripts. */
const PIECES = [
  ..."aZ0159 .?!,:;-'\"()\t\n\r\v\f",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u200b", // zero-width space: not white space in JavaScript
  "é",
  "ß",
  "日本",
  "٣", // an Arabic-Indic digit: a number, not an ASCII digit
  "½",
  "—",
  "…",
  "🙂",
  "00",
  "1,300",
  "10,000",
  "3.5",
];

const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((pieces) => pieces.join(""));

describe("the speech-rate estimate", () => {
  it("counts exactly what the plain rule counts, on any text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(estimateSpeechSeconds(text)).toBeCloseTo(reference(text), 10);
        expect(trailingPauseSeconds(text)).toBe(referenceTrailing(text));
      }),
      { numRuns: 5000, seed: 16 },
    );
  });

  it("says numbers as the words they take, and pauses at sentence and clause ends", () => {
    // Significant digits, and one more past a thousand: 1,300 counts three, calories one.
    expect(estimateSpeechSeconds("1,300 calories")).toBeCloseTo(4 / WORDS_PER_SECOND, 10);
    expect(estimateSpeechSeconds("Ready?! Go, now.")).toBeCloseTo(
      3 / WORDS_PER_SECOND + 2 * SENTENCE_PAUSE_SECONDS + CLAUSE_PAUSE_SECONDS,
      10,
    );
    // A mark inside a number is no pause; a dash is no word; Unicode letters are words.
    expect(estimateSpeechSeconds("3.5 — café")).toBeCloseTo(3 / WORDS_PER_SECOND, 10);
    expect(estimateSpeechSeconds(" \u00a0 ")).toBe(0);
  });
});

/** fill() and escapeSsmlText() as they were written with regular expressions. */
function referenceFill(template: string, values: Readonly<Record<string, string | number>>) {
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

const referenceEscape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch,
  );

/** The outcome of a call: its value, or the message it threw. */
function outcome(call: () => string): string {
  try {
    return `value ${call()}`;
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

const templates = fc
  .array(
    fc.constantFrom(..."{}ab_9 -'&<>\"", "{kcal}", "{a}", "{b_2}", "{missing}", "{}", "{{a}}", "é"),
    {
      maxLength: 30,
    },
  )
  .map((pieces) => pieces.join(""));

describe("filling and escaping a line (every line said goes through both)", () => {
  it("fill() fills exactly the placeholders the plain rule fills, and throws for the same", () => {
    const values = { kcal: "1,850", a: 7, b_2: "{a}", constructor: "c" };
    fc.assert(
      fc.property(templates, (template) => {
        expect(outcome(() => fill(template, values))).toBe(
          outcome(() => referenceFill(template, values)),
        );
      }),
      { numRuns: 5000, seed: 16 },
    );
    expect(fill("About {kcal} calories.", values)).toBe("About 1,850 calories.");
    expect(() => fill("Say {missing}.", values)).toThrow(
      'No value for {missing} in "Say {missing}."',
    );
  });

  it("escapeSsmlText() escapes exactly the five markup characters", () => {
    fc.assert(
      fc.property(templates, (text) => {
        expect(escapeSsmlText(text)).toBe(referenceEscape(text));
      }),
      { numRuns: 5000, seed: 16 },
    );
    const plain = "No markup here";
    expect(escapeSsmlText(plain)).toBe(plain);
  });
});

describe("a screen's text of what was said (most answers show it)", () => {
  const ENTITIES: Readonly<Record<string, string>> = {
    "&apos;": "'",
    "&quot;": '"',
    "&lt;": "<",
    "&gt;": ">",
    "&amp;": "&",
  };
  const referenceSpoken = (ssml: string) =>
    ssml
      .replace(/<[^>]+>/g, " ")
      .replace(/&(?:apos|quot|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity)
      .replace(/\s+/g, " ")
      .trim();
  const markup = fc
    .array(
      fc.constantFrom(
        ..."ab <>&;\n\t",
        "<speak>",
        "</speak>",
        '<break time="2s"/>',
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&apos;",
        "&amp;lt;",
        "&am",
        "p;",
        "\u00a0",
      ),
      { maxLength: 30 },
    )
    .map((pieces) => pieces.join(""));

  it("drops tags, decodes entities once and folds white space, as the plain rule does", () => {
    fc.assert(
      fc.property(markup, (ssml) => {
        expect(spokenText({ ssml, estimatedSeconds: 0 })).toBe(referenceSpoken(ssml));
      }),
      { numRuns: 5000, seed: 16 },
    );
    expect(
      spokenText({
        ssml: '<speak>Tom &amp;amp; Jerry&apos;s <break time="1s"/> plan</speak>',
        estimatedSeconds: 0,
      }),
    ).toBe("Tom &amp; Jerry's plan");
  });
});
