import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { LOCALES, sectionsFolder, WORDS_FILES } from "../lambda/i18n/locales";
import {
  ENTRY_FILE,
  esbuildOptions,
  LAMBDA_ENTRY,
  LOG_OVERRIDES,
  NODE_TARGET,
} from "./lambda-bundling";

/**
 * The Lambda asset, built so that a request loads only the code it needs: `index.js` holds what
 * Lambda loads before the first request, and the code behind each `import()` in the sources is
 * a file of its own, loaded when that import first runs. Three esbuild passes:
 *
 * 1. The same bundle as `esbuildOptions` (same entry, aliases, loaders, minification) as ES
 *    modules with code splitting: each module lands in exactly one file, so no module's state
 *    (a cache, the known estimates) is ever duplicated.
 * 2. The files loaded with `index.js` merged into it (esbuild gives code shared by `index.js`
 *    and a later file a file of its own, which a cold start would load as well); the later
 *    files take what they share from `index.js`.
 * 3. Each file rewritten as CommonJS, so Lambda loads `index.js` with require() as it always
 *    has. Every pass reads the previous one's source maps, so the last maps lead to the
 *    TypeScript.
 *
 * A later file is required when the import() that needs it runs (`import("./x.js")` becomes
 * `__load("./x.js")`, a require() in a promise), as the single CommonJS bundle did for what it
 * inlined. An `import()` of Node's own modules (the AWS SDK has two) stays a real `import()`, as
 * in that bundle and in the floor's.
 */
export interface LambdaBuild {
  /** The asset's JavaScript files, relative to its folder, "index.js" first. */
  readonly files: readonly LambdaFile[];
  /** The data beside the code: the words (content/<locale>/<section>.json), the documents. */
  readonly data: readonly { readonly path: string; readonly bytes: number }[];
}

export interface LambdaFile {
  readonly path: string;
  readonly bytes: number;
  /** Loaded with the function, before any request: `index.js` alone. */
  readonly loadedAtStart: boolean;
  /** Bytes of our own code (not node_modules) in the file, as the first pass wrote it. */
  readonly ownBytes: number;
  /** Our own source files (lambda/...) with code in this file. */
  readonly sources: readonly string[];
}

/** Same length as `import(`, so the maps of the pass before still fit the rewritten text. */
const LOAD = "__load(";
const DYNAMIC_IMPORT = /\bimport\("\.\//g;
/** Strict, as the ES modules were; `__load` requires a file of the asset when first needed. */
const PRELUDE = `"use strict";const __load=p=>Promise.resolve().then(()=>require(p));`;

type Output = Metafile["outputs"][string];

/**
 * Builds the asset into `outdir` (emptied first). With `sourceMaps`, each file gets an
 * external `.map` beside it, which changes no byte of the code (`npm run symbolicate`).
 */
export async function buildLambda(
  outdir: string,
  { sourceMaps = false, entry = LAMBDA_ENTRY }: { sourceMaps?: boolean; entry?: string } = {},
): Promise<LambdaBuild> {
  const work = mkdtempSync(join(tmpdir(), "back-coach-build-"));
  try {
    const split = await splitModules(join(work, "split"), entry);
    const merged = join(work, "merged");
    const loads = await mergeStart(split, merged);
    rmSync(outdir, { recursive: true, force: true });
    await commonJs(merged, loads, outdir);
    for (const { path } of split.data) cpSync(join(split.dir, path), join(outdir, path));
    const words = writeWordSections(outdir);
    const paths = [ENTRY_FILE, ...split.later];
    if (!sourceMaps) for (const path of paths) rmSync(join(outdir, `${path}.map`));
    const parts = (path: string) => (path === ENTRY_FILE ? [ENTRY_FILE, ...split.start] : [path]);
    const files = paths.map((path) => {
      const inputs = parts(path).flatMap((part) => ownInputs(split.outputs.get(part)));
      return {
        path,
        bytes: statSync(join(outdir, path)).size,
        loadedAtStart: path === ENTRY_FILE,
        ownBytes: inputs.reduce((sum, [, bytes]) => sum + bytes, 0),
        sources: [...new Set(inputs.map(([source]) => source))].sort(),
      };
    });
    return { files, data: [...split.data, ...words] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Split {
  readonly dir: string;
  readonly outputs: ReadonlyMap<string, Output>;
  /** Files `index.js` imports statically, transitively: merged into it. */
  readonly start: readonly string[];
  /** Files only an import() leads to, sorted. */
  readonly later: readonly string[];
  readonly data: readonly { readonly path: string; readonly bytes: number }[];
}

/** Pass 1: ES modules with code splitting, written to `dir` with linked source maps. */
async function splitModules(dir: string, entry: string): Promise<Split> {
  const { outfile: _one, ...options } = esbuildOptions(join(dir, ENTRY_FILE), entry);
  const { metafile } = await build({
    ...options,
    outdir: dir,
    entryNames: basename(ENTRY_FILE, ".js"),
    chunkNames: "[name]-[hash]",
    format: "esm",
    splitting: true,
    sourcemap: "linked",
  });
  if (!metafile) throw new Error("esbuild returned no metafile");
  const outputs = outputsOf(metafile, dir);
  const start = reachable(ENTRY_FILE, outputs, ["import-statement"]);
  // esbuild writes a file for every import() it parses, even in code it then leaves out (the
  // AWS SDK's browser user-agent parser): a file nothing can load is not part of the asset.
  const later = reachable(ENTRY_FILE, outputs, ["import-statement", "dynamic-import"]).filter(
    (path) => !start.includes(path),
  );
  const data = [...outputs]
    .filter(([path]) => !path.endsWith(".js") && !path.endsWith(".map"))
    .map(([path, output]) => ({ path, bytes: output.bytes }));
  return { dir, outputs, start, later: later.sort(), data };
}

/**
 * Pass 2: `index.js` and the files it imports statically as one `index.js`, re-exporting what
 * the later files take from those; each later file rebuilt to take it from `index.js`.
 */
async function mergeStart(split: Split, dir: string): Promise<Map<string, number>> {
  const taken = new Map(
    split.start.map((path, i) => [path, { prefix: `$${i}_`, names: new Set<string>() }]),
  );
  for (const path of split.later) {
    for (const [from, names] of staticImports(join(split.dir, path))) {
      for (const name of names) taken.get(from)?.names.add(name);
    }
  }
  const reexports = [...taken].flatMap(([from, { prefix, names }]) =>
    names.size === 0
      ? []
      : [`export{${[...names].map((n) => `${n} as ${prefix}${n}`).join(",")}}from"./${from}";`],
  );
  const later = new Set(split.later);
  const common = {
    bundle: true,
    platform: "node" as const,
    target: NODE_TARGET,
    format: "esm" as const,
    minify: true,
    sourcemap: "linked" as const,
    logOverride: { ...LOG_OVERRIDES },
    logLevel: "silent" as const,
    metafile: true,
  };
  const loads = new Map<string, number>();
  const count = (path: string, metafile: Metafile | undefined) => {
    if (!metafile) throw new Error("esbuild returned no metafile");
    const imports = Object.values(metafile.outputs).flatMap((output) => output.imports);
    const lazy = imports.filter((i) => i.kind === "dynamic-import" && i.path.startsWith("./"));
    loads.set(path, lazy.length);
  };
  const index = await build({
    ...common,
    stdin: {
      contents: `export*from"./${ENTRY_FILE}";${reexports.join("")}`,
      resolveDir: split.dir,
      sourcefile: "start.js",
    },
    outfile: join(dir, ENTRY_FILE),
    plugins: [external(split.dir, later)],
  });
  count(ENTRY_FILE, index.metafile);
  for (const path of split.later) {
    const file = await build({
      ...common,
      entryPoints: [join(split.dir, path)],
      outfile: join(dir, path),
      plugins: [
        external(split.dir, new Set([...later, ENTRY_FILE])),
        startFromIndex(split.dir, taken),
      ],
    });
    count(path, file.metafile);
  }
  return loads;
}

/** Imports of these files of the asset stay imports between files. */
function external(dir: string, files: ReadonlySet<string>): Plugin {
  return {
    name: "files-of-their-own",
    setup(b) {
      b.onResolve({ filter: /^\.\// }, (args) => {
        const path = relative(dir, join(args.resolveDir, args.path));
        return files.has(path) ? { path: `./${path}`, external: true } : undefined;
      });
    },
  };
}

/** A later file's imports of a file merged into `index.js`, taken from `index.js`. */
function startFromIndex(
  dir: string,
  taken: ReadonlyMap<string, { prefix: string; names: ReadonlySet<string> }>,
): Plugin {
  return {
    name: "start-from-index",
    setup(b) {
      b.onResolve({ filter: /^\.\// }, (args) => {
        const path = relative(dir, join(args.resolveDir, args.path));
        return taken.has(path) ? { path, namespace: "start" } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "start" }, (args) => {
        const { prefix, names } = taken.get(args.path) ?? { prefix: "", names: new Set() };
        const list = [...names].map((n) => `${prefix}${n} as ${n}`).join(",");
        return { contents: `export{${list}}from"./${ENTRY_FILE}";`, resolveDir: dir, loader: "js" };
      });
    },
  };
}

/**
 * Pass 3: every file as CommonJS, its `import()`s of the asset's files as `__load()`; `loads`
 * says how many each file has.
 */
async function commonJs(
  merged: string,
  loads: ReadonlyMap<string, number>,
  outdir: string,
): Promise<void> {
  const paths = [...loads.keys()];
  for (const path of paths) {
    const file = join(merged, path);
    writeFileSync(file, withLoads(path, readFileSync(file, "utf8"), loads.get(path) ?? 0));
  }
  await build({
    entryPoints: paths.map((path) => join(merged, path)),
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
}

/**
 * A file's `import("./x.js")` as `__load("./x.js")`, checked against the count esbuild gives
 * (Node's modules are imported as "node:..."): a string that only looks like one, or the marker
 * already in the text, fails the build rather than the Lambda.
 */
function withLoads(path: string, text: string, expected: number): string {
  const found = text.match(DYNAMIC_IMPORT)?.length ?? 0;
  if (found !== expected || text.includes(LOAD)) {
    throw new Error(`${path}: ${found} import() of the asset's files, esbuild says ${expected}`);
  }
  return text.replace(DYNAMIC_IMPORT, `${LOAD}"./`);
}

/** The names a file imports statically from each of the asset's files (esbuild's own syntax). */
function staticImports(file: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const text = readFileSync(file, "utf8");
  for (const [, list = "", from = ""] of text.matchAll(
    /import\s*\{([^}]*)\}\s*from\s*"\.\/([^"]+)"/g,
  )) {
    const names = list.split(",").map((part) => part.trim().split(/\s+as\s+/)[0] ?? "");
    imports.set(from, [...(imports.get(from) ?? []), ...names.filter(Boolean)]);
  }
  return imports;
}

/**
 * The files `entry` loads by following imports of the given kinds, transitively, without it:
 * its static imports are what loads with it; with "dynamic-import", all it may ever load.
 */
function reachable(
  entry: string,
  outputs: ReadonlyMap<string, Output>,
  kinds: readonly Metafile["outputs"][string]["imports"][number]["kind"][],
): string[] {
  const found = new Set([entry]);
  const todo = [entry];
  for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
    for (const i of outputs.get(path)?.imports ?? []) {
      if (!kinds.includes(i.kind) || !outputs.has(i.path) || found.has(i.path)) continue;
      found.add(i.path);
      todo.push(i.path);
    }
  }
  found.delete(entry);
  return [...found];
}

/** Our own source files in an output, with the bytes each put in it. */
function ownInputs(output: Output | undefined): [string, number][] {
  return Object.entries(output?.inputs ?? {})
    .filter(([input]) => !input.includes("node_modules"))
    .map(([input, { bytesInOutput }]) => [input, bytesInOutput]);
}

/** esbuild's metafile, its paths (relative to the working directory) made relative to `dir`. */
function outputsOf(metafile: Metafile, dir: string): Map<string, Output> {
  const local = (path: string) => relative(dir, join(process.cwd(), path));
  return new Map(
    Object.entries(metafile.outputs).map(([path, output]) => [
      local(path),
      {
        ...output,
        imports: output.imports.map((i) => (i.external ? i : { ...i, path: local(i.path) })),
      },
    ]),
  );
}

/**
 * Each locale's words beside the code, one file per section (lambda/i18n/words.ts reads them
 * as it needs them): the translator's one file, cut where a launch needs a part and not the
 * rest. Also for the bench's own bundles, which speak too.
 */
export function writeWordSections(outdir: string): { path: string; bytes: number }[] {
  const i18n = join(import.meta.dirname, "../lambda/i18n");
  return LOCALES.flatMap((locale) => {
    const words = JSON.parse(readFileSync(join(i18n, WORDS_FILES[locale]), "utf8")) as Record<
      string,
      unknown
    >;
    return Object.entries(words).map(([section, value]) => {
      const path = join(sectionsFolder(locale), `${section}.json`);
      const text = JSON.stringify(value);
      mkdirSync(dirname(join(outdir, path)), { recursive: true });
      writeFileSync(join(outdir, path), text);
      return { path, bytes: Buffer.byteLength(text) };
    });
  });
}
