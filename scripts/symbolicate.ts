/**
 * `npm run symbolicate [file]`: turns the positions in a logged stack trace from the deployed
 * (minified) Lambda, such as "/var/task/index.js:1:48213", into source positions such as
 * "lambda/config.ts:21:11". Reads the file, or standard input; prints the same text with each
 * position followed by its source. Works on raw log lines too (a JSON "stack" field).
 *
 * The deployed asset carries no source map (README, Performance: the decision and its
 * figures), so this rebuilds the bundle from the checkout with infra/lambda-bundling.ts's
 * options and an external map, which leaves the bundle's bytes as deployed. Run it at the
 * commit that was deployed, after `npm ci`: esbuild's output is the same for the same inputs.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { esbuildOptions } from "../infra/lambda-bundling";

const ROOT = join(import.meta.dirname, "..");
/** A position in the bundle: any path ending in index.js, then line and column (1-based). */
const POSITION = /(?:[^\s()"'\\]*\/)?index\.js:(\d+):(\d+)/g;

/** The deployed bundle's source map, rebuilt from this checkout. */
export async function deployedSourceMap(): Promise<{ map: SourceMap; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "back-coach-symbolicate-"));
  try {
    const outfile = join(dir, "index.js");
    await build({ ...esbuildOptions(outfile, undefined, "external"), write: true });
    const payload = JSON.parse(readFileSync(`${outfile}.map`, "utf8")) as SourceMapPayload;
    return { map: new SourceMap(payload), dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `text` with each bundle position followed by its source position, relative to the
 * repository ("[lambda/config.ts:21:11]"); positions the map does not know are left alone.
 */
export function symbolicate(text: string, map: SourceMap, mapDir: string): string {
  return text.replace(POSITION, (position, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!("originalSource" in entry)) return position;
    const source = relative(ROOT, resolve(dirname(join(mapDir, "index.js")), entry.originalSource));
    return `${position} [${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}]`;
  });
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const text = readFileSync(file ?? 0, "utf8");
  const { map, dir } = await deployedSourceMap();
  process.stdout.write(symbolicate(text, map, dir));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
