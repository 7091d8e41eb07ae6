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
 * Each locale's words, the one file a translator edits, relative to this module. Run from
 * source the file is read whole; the Lambda's build writes it beside the bundle a section per
 * file (sectionsFolder), which the bundle reads as it needs them (i18n/words.ts).
 */
export const WORDS_FILES: Readonly<Record<Locale, string>> = {
  "en-US": "../content/en-US.words.json",
};

/** Where the Lambda's folder holds a locale's words, one file per section ("skill.json"). */
export const sectionsFolder = (locale: Locale) => `content/${locale}`;

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
