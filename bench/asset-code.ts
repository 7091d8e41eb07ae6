import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LambdaBuild } from "../infra/lambda-build";

/** What the Lambda's build says of its asset: code in all, code a cold start loads, words. */
export function sizesOf(lambda: LambdaBuild): Record<string, number> {
  const sum = (files: readonly { bytes: number }[]) => files.reduce((s, f) => s + f.bytes, 0);
  const atStart = lambda.files.filter((f) => f.loadedAtStart);
  return {
    bundleBytes: sum(lambda.files),
    bundleFiles: lambda.files.length,
    coldStartBytes: sum(atStart),
    coldStartFiles: atStart.length,
    ownCodeBytes: lambda.files.reduce((s, f) => s + f.ownBytes, 0),
    coldStartOwnCodeBytes: atStart.reduce((s, f) => s + f.ownBytes, 0),
    wordsBytes: sum(lambda.data.filter((d) => d.path.startsWith("content/"))),
    // Every file copied beside the code: the words and the APL documents.
    dataBytes: sum(lambda.data),
    documentsBytes: sum(lambda.data.filter((d) => d.path.endsWith(".apl.json"))),
  };
}

/**
 * The stack's asset must be what infra/lambda-build.ts builds from this checkout, file for file
 * and byte for byte: otherwise the bench would time one bundle and report another's sizes.
 */
export function checkSameCode(assetDir: string, lambda: LambdaBuild, builtDir: string): void {
  const shipped = readdirSync(assetDir)
    .filter((name) => name.endsWith(".js"))
    .sort();
  const built = lambda.files.map((f) => f.path).sort();
  const same =
    shipped.length === built.length &&
    shipped.every(
      (name, i) =>
        name === built[i] &&
        readFileSync(join(assetDir, name)).equals(readFileSync(join(builtDir, name))),
    );
  if (!same) {
    throw new Error(
      `the stack's asset has ${shipped.join(", ")}; infra/lambda-build.ts builds ` +
        `${built.join(", ")}: the bench's build no longer matches the stack's bundling`,
    );
  }
}
