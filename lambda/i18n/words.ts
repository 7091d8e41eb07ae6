import { readFileSync } from "node:fs";
import type enUS from "../content/en-US.words.json";
import { type Locale, WORDS_FILES } from "./locales";

/** One locale's words: the shape of the default locale's file, which every locale follows. */
export type Words = typeof enUS;

const loaded = new Map<Locale, Words>();

/**
 * A locale's words, loaded the first time a request in that locale needs them, so a cold start
 * reads one file however many locales ship. Run from source (ES modules: tsx, vitest), the file
 * is read beside the registry; in the Lambda bundle (CommonJS, where import.meta is empty) it is
 * the registry's require(), whose literal path esbuild copies beside the bundle and rewrites.
 */
export function wordsOf(locale: Locale): Words {
  let words = loaded.get(locale);
  if (!words) {
    const [required, path] = WORDS_FILES[locale];
    const here: string | undefined = import.meta.url;
    words = (here ? JSON.parse(readFileSync(new URL(path, here), "utf8")) : required()) as Words;
    loaded.set(locale, words);
  }
  return words;
}
