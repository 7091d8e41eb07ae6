import { join } from "node:path";
import type { BuildOptions } from "esbuild";

/**
 * How the Lambda is bundled: one place, used by the CDK stack (through scripts/bundle-lambda.ts)
 * and by `npm run bench`, so the benchmark measures the bundle that is deployed.
 *
 * - ESM sources first ("module" before "main"), so esbuild can drop the AWS SDK's unused code.
 * - The AWS SDK is bundled (the tested version), minus the credential chain Lambda does not
 *   need (lambda/aws/lambda-credentials.ts) and ask-sdk-model's service clients, which the
 *   skill never uses (lambda/aws/ask-sdk-model-runtime.ts).
 * - Split into files (infra/lambda-build.ts): `index.js` and what it requires hold what a
 *   launch needs; the code behind an `import()` in the sources is loaded when a request first
 *   needs it.
 * - What the coach says (lambda/content/<locale>.words.json) is written beside the bundle a
 *   section per file (content/<locale>/<section>.json, infra/lambda-build.ts), and the APL
 *   documents (lambda/screens/documents/*.apl.json) are copied there; each is read when first
 *   needed: data stays data (a translator edits one file of words), and the bundle holds code.
 *   Beside the words, the segment estimates worked out from them (scripts/segment-estimates.ts),
 *   which the stack's bundling writes after esbuild.
 */
export const LAMBDA_ENTRY = join(import.meta.dirname, "../lambda/index.ts");
/** The file Lambda loads (the handler setting is "index.handler"). */
export const ENTRY_FILE = "index.js";
/**
 * Builds the asset into the folder it is given: the code (infra/lambda-build.ts), then
 * content/<locale>.estimates.json, each workout's segment estimates worked out ahead
 * (lambda/i18n/known-estimates.ts). The stack's bundling runs it.
 */
export const BUNDLE_SCRIPT = join(import.meta.dirname, "../scripts/bundle-lambda.ts");
export const TSX = join(import.meta.dirname, "../node_modules/.bin/tsx");
export const NODE_TARGET = "node24";
export const MAIN_FIELDS = ["module", "main"];
/**
 * The words and documents loaders (lambda/i18n/words.ts, lambda/screens/documents.ts) read
 * import.meta only when run from source; in the CommonJS bundle it is empty by design, and they
 * read the files beside the bundle instead.
 */
export const LOG_OVERRIDES: Readonly<Record<string, "silent">> = { "empty-import-meta": "silent" };
export const ALIASES: Readonly<Record<string, string>> = {
  "@aws-sdk/credential-provider-node": join(
    import.meta.dirname,
    "../lambda/aws/lambda-credentials.ts",
  ),
  "ask-sdk-model": join(import.meta.dirname, "../lambda/aws/ask-sdk-model-runtime.ts"),
};

/**
 * The options of one CommonJS bundle, minified, no source map: the first pass of the Lambda's
 * build (infra/lambda-build.ts) starts from them, and the bench's floors and runs are bundled
 * with them as they are. `sourcemap: "external"` writes the map beside the bundle without
 * changing a byte of it.
 */
export function esbuildOptions(
  outfile: string,
  entry = LAMBDA_ENTRY,
  sourcemap: false | "external" = false,
): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: NODE_TARGET,
    format: "cjs",
    minify: true,
    sourcemap,
    mainFields: MAIN_FIELDS,
    alias: { ...ALIASES },
    logOverride: { ...LOG_OVERRIDES },
    metafile: true,
    logLevel: "silent",
  };
}
