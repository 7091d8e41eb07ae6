import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * apl-viewhost-web 1.4.0 as a page on 127.0.0.1 can load it: the bundle names two Amazon CDN
 * hosts, one for the Amazon Ember fonts and one for APL packages. A copy with those hosts
 * turned into paths on our own server loads nothing from outside; the fonts are answered with
 * a free face from the system (Amazon Ember's licence keeps it out of the repository), and a
 * package import, which our documents never make, finds nothing.
 */

const FONT_HOST = "https://d1gkjrhppbyzyh.cloudfront.net/";
const PACKAGE_HOST = "https://d2na8397m465mh.cloudfront.net/packages/";
export const FONT_PATH = "/apl-fonts/";
export const PACKAGE_PATH = "/apl-packages/";

/** Debian's DejaVu Sans (fonts-dejavu-core), standing in for Amazon Ember. */
const FONTS = "/usr/share/fonts/truetype/dejavu";

const require = createRequire(import.meta.url);
let bundle: string | undefined;

/** The renderer's bundle with its outside hosts pointed at our own server; read once. */
export function offlineViewhost(): string {
  bundle ??= readFileSync(require.resolve("apl-viewhost-web"), "utf8")
    .replaceAll(FONT_HOST, FONT_PATH)
    .replaceAll(PACKAGE_HOST, PACKAGE_PATH);
  return bundle;
}

/**
 * The file answering a font the renderer asks for by Amazon's name ("AmazonEmberDisplay_Bd.ttf"),
 * or undefined when the system has no stand-in (the browser then falls back to its own face).
 */
export function standInFont(name: string): string | undefined {
  const bold = /_(Bd|Md|He|Hv|Bk)|Bold|Medium/.test(name);
  const file = `${FONTS}/${bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"}`;
  return existsSync(file) ? file : undefined;
}
