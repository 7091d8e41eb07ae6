import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type enUS from "../content/en-US.words.json";
import { type Locale, sectionsFolder, WORDS_FILES } from "./locales";

/** One locale's words: the shape of the default locale's file, which every locale follows. */
export type Words = typeof enUS;

const loaded = new Map<Locale, Words>();

/**
 * A locale's words, loaded the first time a request in that locale needs them, so a cold start
 * reads none of another locale's. Run from source (ES modules: tsx, vitest), the locale's file
 * is read beside the registry; in the Lambda bundle (CommonJS, where import.meta is empty) each
 * section ("skill", "exercises"...) is a file of its own beside the bundle, read the first time
 * it is used: a launch needs a few of them, not the exercises' cues and steps.
 */
export function wordsOf(locale: Locale): Words {
  let words = loaded.get(locale);
  if (!words) {
    const here: string | undefined = import.meta.url;
    words = here
      ? (JSON.parse(readFileSync(new URL(WORDS_FILES[locale], here), "utf8")) as Words)
      : sectionsIn(join(__dirname, sectionsFolder(locale)));
    loaded.set(locale, words);
  }
  return words;
}

/** The words of a folder of sections: each read and parsed on first use, then kept as data. */
function sectionsIn(folder: string): Words {
  const words: Record<string, unknown> = {};
  for (const file of readdirSync(folder)) {
    if (!file.endsWith(".json")) continue;
    const section = file.slice(0, -".json".length);
    Object.defineProperty(words, section, {
      configurable: true,
      enumerable: true,
      get() {
        const value: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
        Object.defineProperty(words, section, { value, enumerable: true });
        return value;
      },
    });
  }
  return words as Words;
}
