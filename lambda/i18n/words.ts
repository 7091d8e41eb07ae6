import enUS from "../content/en-US.words.json" with { type: "json" };
import type { Locale } from "./locales";

/** One locale's words: the shape of lambda/content/en-US.words.json, which every locale follows. */
export type Words = typeof enUS;

const WORDS: Readonly<Record<Locale, Words>> = { "en-US": enUS };

/** Everything a locale says (the words file's sections). */
export function wordsOf(locale: Locale): Words {
  return WORDS[locale];
}

/** What the skill says around the workouts: the `skill` section. */
export type SkillWords = Words["skill"];

export function skillWords(locale: Locale): SkillWords {
  return WORDS[locale].skill;
}
