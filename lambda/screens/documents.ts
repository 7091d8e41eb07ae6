import { readFileSync } from "node:fs";
import type { DocumentName } from "./screen";

type Document = Readonly<Record<string, unknown>>;

/**
 * How each APL document is loaded. The require() paths are literal so the bundler copies each
 * file beside the bundle (infra/lambda-bundling.ts: data, like the words, not code to compile)
 * and rewrites the path; the second path is the same file, read when run from source.
 */
const FILES: Readonly<Record<DocumentName, readonly [() => unknown, string]>> = {
  workout: [() => require("./documents/workout.apl.json"), "./documents/workout.apl.json"],
  card: [() => require("./documents/card.apl.json"), "./documents/card.apl.json"],
  week: [() => require("./documents/week.apl.json"), "./documents/week.apl.json"],
};

const loaded = new Map<DocumentName, Document>();

/**
 * A screen's APL document, loaded the first time a reply shows that screen: a speaker never
 * needs one, so a cold start from a speaker builds none, and an Echo Show builds only the one
 * its answer shows. Run from source (ES modules: tsx, vitest), the file is read beside this
 * module; in the Lambda bundle (CommonJS, where import.meta is empty) it is the require().
 */
export function aplDocument(name: DocumentName): Document {
  let document = loaded.get(name);
  if (!document) {
    const [required, path] = FILES[name];
    const here: string | undefined = import.meta.url;
    document = (
      here ? JSON.parse(readFileSync(new URL(path, here), "utf8")) : required()
    ) as Document;
    loaded.set(name, document);
  }
  return document;
}
