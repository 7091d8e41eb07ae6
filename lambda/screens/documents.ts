import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentName } from "./screen";

type Document = Readonly<Record<string, unknown>>;

/**
 * Where the Lambda's folder holds the documents: the build copies lambda/screens/documents/
 * there (infra/lambda-build.ts), data like the words, not code to compile.
 */
export const DOCUMENTS_FOLDER = "screens/documents";

/** A document's file, in lambda/screens/documents/ and in the Lambda's DOCUMENTS_FOLDER. */
export const documentFile = (name: DocumentName) => `${name}.apl.json`;

const loaded = new Map<DocumentName, Document>();

/**
 * A screen's APL document, read the first time a reply shows that screen: a speaker never
 * needs one, so a cold start from a speaker reads none, and an Echo Show only the one its
 * answer shows. Run from source (ES modules: tsx, vitest), the file is read beside this module;
 * in the Lambda bundle (CommonJS, where import.meta is empty), beside the bundle. Read and
 * parsed, not require()d: the module loader took longer over it than the parsing.
 */
export function aplDocument(name: DocumentName): Document {
  let document = loaded.get(name);
  if (!document) {
    const here: string | undefined = import.meta.url;
    const file = here
      ? new URL(`./documents/${documentFile(name)}`, here)
      : join(__dirname, DOCUMENTS_FOLDER, documentFile(name));
    document = JSON.parse(readFileSync(file, "utf8")) as Document;
    loaded.set(name, document);
  }
  return document;
}
