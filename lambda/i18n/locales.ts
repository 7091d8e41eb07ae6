import type { UnitSystem } from "../coach/nutrition/units";

/**
 * The locale registry: the one place that names a locale. A request's locale picks the words
 * (lambda/content/<locale>.words.json) and the interaction model; a locale Back Coach does not
 * speak yet is answered in the default one rather than refused.
 */
export const LOCALES = ["en-US"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-US";

/**
 * How each locale's words are loaded (i18n/words.ts). The require() path is literal so the
 * bundler copies the file; the second path is the same file, read when run from source.
 */
export const WORDS_FILES: Readonly<Record<Locale, readonly [() => unknown, string]>> = {
  "en-US": [() => require("../content/en-US.words.json"), "../content/en-US.words.json"],
};

/**
 * Where people speak pounds and feet. By the request's own locale tag, not the words used for
 * it: an en-GB user hears the default words, in metric. Metric is always understood as well.
 */
const IMPERIAL_TAGS: readonly string[] = ["en-US"];

/** The supported locale for a request's `locale` field (any value a client may send). */
export function parseLocale(tag: unknown): Locale {
  return LOCALES.find((locale) => locale === tag) ?? DEFAULT_LOCALE;
}

export function unitsFor(tag: unknown): UnitSystem {
  return typeof tag === "string" && IMPERIAL_TAGS.includes(tag) ? "imperial" : "metric";
}
