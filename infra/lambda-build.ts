import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { build, type Metafile } from "esbuild";
import {
  ENTRY_FILE,
  esbuildOptions,
  LAMBDA_ENTRY,
  LOG_OVERRIDES,
  NODE_TARGET,
} from "./lambda-bundling";

/**
 * The Lambda asset, built in two esbuild passes so that a request loads only the code it needs:
 *
 * 1. The same bundle as `esbuildOptions` (same entry, aliases, loaders, minification) as ES
 *    modules with code splitting: every `import()` in the sources becomes a file of its own,
 *    and code shared between files lives in shared files, each module in exactly one file. No
 *    module's state (a cache, the known estimates) is ever duplicated.
 * 2. Each of those files rewritten as CommonJS, reading pass 1's source maps, so Lambda loads
 *    `index.js` with require() as it always has, and the maps lead to the TypeScript.
 *
 * A file loaded by another's `import()` is required when that import runs (pass 1's
 * `import("./x.js")` becomes `__load("./x.js")`, a require() in a promise): as the single
 * CommonJS bundle did for what it inlined. An `import()` of Node's own modules (the AWS SDK
 * has two) stays a real `import()`, as in that bundle and in the floor's.
 */
export interface LambdaBuild {
  /** The asset's JavaScript files, relative to its folder, "index.js" first. */
  readonly files: readonly LambdaFile[];
  /** The words and other data copied beside the code (content/<locale>.words.json). */
  readonly data: readonly { readonly path: string; readonly bytes: number }[];
}

export interface LambdaFile {
  readonly path: string;
  readonly bytes: number;
  /** Loaded with index.js, before any request: index.js and what it requires at the top. */
  readonly loadedAtStart: boolean;
  /** Bytes of our own code (not node_modules) in the file, as pass 1 wrote it. */
  readonly ownBytes: number;
}

/** Same length as `import(`, so pass 1's source maps still fit the rewritten text. */
const LOAD = "__load(";
const DYNAMIC_IMPORT = /\bimport\("\.\//g;
/** Strict, as the ES modules were; `__load` requires a file of the asset when first needed. */
const PRELUDE = `"use strict";const __load=p=>Promise.resolve().then(()=>require(p));`;

/**
 * Builds the asset into `outdir` (emptied first). With `sourceMaps`, each file gets an
 * external `.map` beside it, which changes no byte of the code (`npm run symbolicate`).
 */
export async function buildLambda(
  outdir: string,
  { sourceMaps = false, entry = LAMBDA_ENTRY }: { sourceMaps?: boolean; entry?: string } = {},
): Promise<LambdaBuild> {
  const modules = mkdtempSync(join(tmpdir(), "back-coach-esm-"));
  try {
    const split = await splitModules(modules, entry);
    rmSync(outdir, { recursive: true, force: true });
    await build({
      entryPoints: split.files.map((file) => join(modules, file)),
      outdir,
      bundle: false,
      platform: "node",
      target: NODE_TARGET,
      format: "cjs",
      minify: true,
      // Maps always, so the code is the same bytes with or without them; removed unless asked.
      sourcemap: "external",
      banner: { js: PRELUDE },
      logOverride: { ...LOG_OVERRIDES },
      logLevel: "silent",
    });
    for (const { path } of split.data) cpSync(join(modules, path), join(outdir, path));
    if (!sourceMaps) for (const file of split.files) rmSync(join(outdir, `${file}.map`));
    const files = split.files.map((path) => ({
      path,
      bytes: statSync(join(outdir, path)).size,
      loadedAtStart: split.loadedAtStart.has(path),
      ownBytes: split.ownBytes.get(path) ?? 0,
    }));
    return { files, data: split.data };
  } finally {
    rmSync(modules, { recursive: true, force: true });
  }
}

interface Split {
  readonly files: readonly string[];
  readonly data: readonly { readonly path: string; readonly bytes: number }[];
  readonly loadedAtStart: ReadonlySet<string>;
  readonly ownBytes: ReadonlyMap<string, number>;
}

/** Pass 1: ES modules with code splitting, written to `dir` with linked source maps. */
async function splitModules(dir: string, entry: string): Promise<Split> {
  const { outfile: _one, ...options } = esbuildOptions(join(dir, ENTRY_FILE), entry);
  const result = await build({
    ...options,
    outdir: dir,
    entryNames: basename(ENTRY_FILE, ".js"),
    chunkNames: "[name]-[hash]",
    format: "esm",
    splitting: true,
    sourcemap: "linked",
    write: false,
  });
  const metafile = result.metafile;
  if (!metafile) throw new Error("esbuild returned no metafile");
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([path, output]) => [relativeOutput(path, dir), output]),
  );
  const data: { path: string; bytes: number }[] = [];
  for (const file of result.outputFiles) {
    const path = relative(dir, file.path);
    const output = outputs.get(path);
    if (path.endsWith(".js")) writeInto(dir, path, withLoads(path, file.text, output));
    else writeInto(dir, path, file.contents);
    if (!path.endsWith(".js") && !path.endsWith(".map"))
      data.push({ path, bytes: file.contents.byteLength });
  }
  // esbuild writes a file for every import() it parses, even in code it then leaves out (the
  // AWS SDK's browser user-agent parser): a file nothing can load is not part of the asset.
  const files = [...reachable(ENTRY_FILE, outputs, dir, true)];
  files.sort((a, b) => (a === ENTRY_FILE ? -1 : b === ENTRY_FILE ? 1 : a.localeCompare(b)));
  return {
    files,
    data,
    loadedAtStart: reachable(ENTRY_FILE, outputs, dir, false),
    ownBytes: new Map(files.map((path) => [path, ownBytesOf(outputs.get(path))])),
  };
}

/** The output's `import("./x.js")` of the asset's own files as `__load("./x.js")`; checked. */
function withLoads(path: string, text: string, output: Metafile["outputs"][string] | undefined) {
  const expected = (output?.imports ?? []).filter(
    (i) => i.kind === "dynamic-import" && !i.external,
  ).length;
  const found = text.match(DYNAMIC_IMPORT)?.length ?? 0;
  if (found !== expected || text.includes(LOAD)) {
    throw new Error(`${path}: ${found} import() of the asset's files, esbuild says ${expected}`);
  }
  return text.replace(DYNAMIC_IMPORT, `${LOAD}"./`);
}

/**
 * The files `entry` loads: what it requires as it loads (its static imports, transitively),
 * or, with `lazily`, everything it may ever load, `import()`s included.
 */
function reachable(
  entry: string,
  outputs: ReadonlyMap<string, Metafile["outputs"][string]>,
  dir: string,
  lazily: boolean,
): Set<string> {
  const loaded = new Set([entry]);
  const todo = [entry];
  for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
    for (const i of outputs.get(path)?.imports ?? []) {
      const imported = relativeOutput(i.path, dir);
      const follows = i.kind === "import-statement" || (lazily && i.kind === "dynamic-import");
      if (follows && outputs.has(imported) && !loaded.has(imported)) {
        loaded.add(imported);
        todo.push(imported);
      }
    }
  }
  return loaded;
}

function ownBytesOf(output: Metafile["outputs"][string] | undefined): number {
  return Object.entries(output?.inputs ?? {})
    .filter(([input]) => !input.includes("node_modules"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
}

/** esbuild's metafile names outputs relative to the working directory. */
function relativeOutput(path: string, dir: string): string {
  return relative(dir, join(process.cwd(), path));
}

function writeInto(dir: string, path: string, contents: string | Uint8Array): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
