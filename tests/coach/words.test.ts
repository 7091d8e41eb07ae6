import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXERCISES, WORKOUTS } from "../../lambda/coach";
import { TIP_TOPICS } from "../../lambda/coach/nutrition/tips";
import { fill } from "../../lambda/coach/speech/fill";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";

const CONTENT = join(import.meta.dirname, "../../lambda/content");
const words: Record<string, unknown> = JSON.parse(
  readFileSync(join(CONTENT, "en-US.words.json"), "utf8"),
);

/** Every string in the words, with where it is: "exercises pull-up steps 0". */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path} ${i}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path} ${k}`));
  }
  throw new Error(`${path} is neither text nor a list or map of text`);
}

describe("the words (lambda/content/en-US.words.json)", () => {
  it("are one file per locale, with a section for each part of the skill", () => {
    expect(readdirSync(CONTENT)).toEqual(["en-US.words.json"]);
    expect(Object.keys(words)).toEqual([
      "skill",
      "choose",
      "coach",
      "exercises",
      "workouts",
      "tips",
      "nutrition",
      "progress",
      "plan",
      "counting",
      "intervals",
      "describe",
      "segment",
      "howTo",
      "numbers",
      "durations",
      "counts",
      "calendar",
      "reminders",
      "screen",
      "progression",
      "handsFree",
    ]);
  });

  it.each(Object.keys(words))("%s holds only clean, speakable text", (section) => {
    const all = strings(words[section], section);
    expect(all.length).toBeGreaterThan(0);
    for (const [where, text] of all) {
      expect(text.trim(), where).toBe(text);
      // numbers.tens is indexed by the tens digit: 0 and 10 have no tens word of their own, so
      // its first two entries are "" on purpose. Only that list may hold an empty string.
      if (!where.startsWith("numbers tens ")) expect(text.length, where).toBeGreaterThan(0);
      // SSML is built by the engine; words carry none, and no stray placeholders or doubles.
      expect(text, where).not.toMatch(/[<>&]|\{\s*\}|\{[^}]*$|\s{2}/);
    }
  });

  it("name exactly the catalog's exercises and workouts, no orphans", () => {
    expect(Object.keys(words.exercises as object).sort()).toEqual(
      EXERCISES.map((e) => e.id).sort(),
    );
    expect(Object.keys(words.workouts as object).sort()).toEqual(WORKOUTS.map((w) => w.id).sort());
  });

  it("have tips for every topic, and no topic the code does not know", () => {
    expect(Object.keys(words.tips as object).sort()).toEqual([...TIP_TOPICS].sort());
  });

  it("fail loudly, naming the section, when an id has no words", () => {
    expect(() => voice(DEFAULT_LOCALE).exercise("toString")).toThrow(
      /en-US\.words\.json has no exercises entry for "toString"/,
    );
  });
});

describe("fill", () => {
  it("puts named values into a sentence, in the sentence's order", () => {
    expect(fill("{b} then {a}, {b} again.", { a: "one", b: 2 })).toBe("2 then one, 2 again.");
  });

  it("throws rather than say a placeholder aloud", () => {
    expect(() => fill("About {kcal} calories.", { calories: 1 })).toThrow(/No value for \{kcal\}/);
    expect(() => fill("About {constructor}.", {})).toThrow(/No value for \{constructor\}/);
  });
});
