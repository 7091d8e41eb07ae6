/**
 * `npm run symbolicate [file]`: turns the positions in a logged stack trace from the deployed
 * (minified) Lambda, such as "/var/task/index.js:1:48213" or "/var/task/chunk-AB12CD34.js:1:907",
 * into source positions such as "lambda/config.ts:21:11". Reads the file, or standard input;
 * prints the same text with each position followed by its source. Works on raw log lines too
 * (a JSON "stack" field).
 *
 * The deployed asset carries no source maps (README, Performance: the decision and its
 * figures), so this rebuilds it from the checkout (infra/lambda-build.ts) with a map beside
 * each file, which leaves every file's bytes as deployed. Run it at the commit that was
 * deployed, after `npm ci`: esbuild's output is the same for the same inputs.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { buildLambda } from "../infra/lambda-build";

const ROOT = join(import.meta.dirname, "..");
/** A position in a JavaScript file: any path ending in a file name, then line and column (1-based). */
const POSITION = /(?:[^\s()"'\\]*\/)?([\w.-]+\.js):(\d+):(\d+)/g;

/** Each deployed file's source map, rebuilt from this checkout, by file name ("index.js"). */
export interface DeployedMaps {
  readonly maps: ReadonlyMap<string, SourceMap>;
  /** Where the files were built: the maps' sources are relative to it. */
  readonly dir: string;
}

export async function deployedSourceMaps(): Promise<DeployedMaps> {
  const dir = mkdtempSync(join(tmpdir(), "back-coach-symbolicate-"));
  try {
    const { files } = await buildLambda(dir, { sourceMaps: true });
    const maps = new Map(
      files.map(({ path }) => {
        const payload = JSON.parse(readFileSync(join(dir, `${path}.map`), "utf8"));
        return [path, new SourceMap(payload as SourceMapPayload)] as const;
      }),
    );
    return { maps, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `text` with each position in a deployed file followed by its source position, relative to
 * the repository ("[lambda/config.ts:21:11]"); positions in other files, or that no map knows,
 * are left alone.
 */
export function symbolicate(text: string, { maps, dir }: DeployedMaps): string {
  return text.replace(POSITION, (position, file: string, line: string, column: string) => {
    const entry = maps.get(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !("originalSource" in entry)) return position;
    const source = relative(ROOT, resolve(dirname(join(dir, file)), entry.originalSource));
    return `${position} [${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}]`;
  });
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const text = readFileSync(file ?? 0, "utf8");
  process.stdout.write(symbolicate(text, await deployedSourceMaps()));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
