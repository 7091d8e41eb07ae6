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
import { DOCUMENTS_FOLDER, documentFile } from "../lambda/screens/documents";
import { DOCUMENT_NAMES } from "../lambda/screens/screen";
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
 * 1. The same bundle as `esbuildOptions` (same entry, aliases, minification) as ES modules
 *    with code splitting: each module lands in exactly one file, so no module's state (a
 *    cache, the known estimates) is ever duplicated.
 * 2. The files loaded with `index.js` merged into it, and the later files with code of ours
 *    into `later.js` (mergeFiles); each file takes what it shares with another from the one
 *    that holds it.
 * 3. Each file rewritten as CommonJS, so Lambda loads `index.js` with require() as it always
 *    has. Every pass reads the previous one's source maps, so the last maps lead to the
 *    TypeScript.
 *
 * The words and the APL documents are written beside the code (writeData). A later file is
 * required when the import() that needs it runs (`import("./x.js")` becomes
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
    const { loads, parts } = await mergeFiles(split, merged);
    rmSync(outdir, { recursive: true, force: true });
    await commonJs(merged, loads, outdir);
    const data = writeData(outdir);
    const paths = [ENTRY_FILE, ...[...loads.keys()].filter((p) => p !== ENTRY_FILE).sort()];
    if (!sourceMaps) for (const path of paths) rmSync(join(outdir, `${path}.map`));
    const files = paths.map((path) => {
      const inputs = (parts.get(path) ?? []).flatMap((part) => ownInputs(split.outputs.get(part)));
      return {
        path,
        bytes: statSync(join(outdir, path)).size,
        loadedAtStart: path === ENTRY_FILE,
        ownBytes: inputs.reduce((sum, [, bytes]) => sum + bytes, 0),
        sources: [...new Set(inputs.map(([source]) => source))].sort(),
      };
    });
    return { files, data };
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
  return { dir, outputs, start, later: later.sort() };
}

/** What the code of the first request does not need, all in one file (with small exceptions). */
const LATER_FILE = "later.js";

/** Files built as one: `file` holds the members' code and exports what others take of it. */
interface Group {
  readonly file: string;
  readonly members: readonly string[];
}

/** Under which names a member's exports are found in its group's file. */
type Exported = ReadonlyMap<string, { readonly prefix: string; readonly names: Set<string> }>;

interface Merged {
  /** Each output file and how many of the asset's files it import()s. */
  readonly loads: ReadonlyMap<string, number>;
  /** Each output file and the first pass's files whose code it holds. */
  readonly parts: ReadonlyMap<string, readonly string[]>;
}

/**
 * Pass 2: the first pass's files as few files as can still be loaded as needed. `index.js`
 * holds itself and every file it imports statically (a cold start loads them all anyway);
 * `later.js` holds every later file with code of ours and what those import (esbuild gives the
 * code each set of import()s shares a file of its own: a second request would load a dozen
 * small files, and call between them through getters). A file that an import() names stays, as
 * a few bytes re-exporting its part of `later.js`, so the import loads it. Later files with
 * none of our code (the AWS SDK's event streams, which nothing of ours asks for) stay as they
 * are. Each group's file exports, under names of its own, what other files take of its members.
 */
async function mergeFiles(split: Split, dir: string): Promise<Merged> {
  const outputs = split.outputs;
  const hasOwn = (path: string) => ownInputs(outputs.get(path)).length > 0;
  const laterMembers = closure(split.later.filter(hasOwn), outputs, new Set(split.later));
  const groups: Group[] = [
    { file: ENTRY_FILE, members: [ENTRY_FILE, ...split.start] },
    ...(laterMembers.length > 0 ? [{ file: LATER_FILE, members: laterMembers }] : []),
  ];
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
  const alone = split.later.filter((path) => !groupOf.has(path));
  const named = new Set(
    [...outputs.values()].flatMap((o) =>
      o.imports
        .filter((i) => i.kind === "dynamic-import" && outputs.has(i.path))
        .map((i) => i.path),
    ),
  );
  const facades = laterMembers.filter((path) => named.has(path));
  const exported = new Map(
    [...groupOf.keys()].map((member, i) => [
      member,
      { prefix: `$${i}_`, names: new Set<string>() },
    ]),
  );
  for (const path of [...groupOf.keys(), ...alone]) {
    for (const [from, names] of staticImports(join(split.dir, path))) {
      if (groupOf.has(path) && groupOf.get(from) === groupOf.get(path)) continue;
      for (const name of names) exported.get(from)?.names.add(name);
    }
  }
  for (const path of facades) {
    for (const name of outputs.get(path)?.exports ?? []) exported.get(path)?.names.add(name);
  }
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
  const parts = new Map<string, readonly string[]>();
  const built = (file: string, from: readonly string[], metafile: Metafile | undefined) => {
    if (!metafile) throw new Error("esbuild returned no metafile");
    const imports = Object.values(metafile.outputs).flatMap((output) => output.imports);
    const lazy = imports.filter((i) => i.kind === "dynamic-import" && i.path.startsWith("./"));
    loads.set(file, lazy.length);
    parts.set(file, from);
  };
  for (const group of groups) {
    const reexports = group.members.map((member) => {
      const { prefix, names } = exported.get(member) ?? { prefix: "", names: new Set() };
      const list = [...names].map((n) => `${n} as ${prefix}${n}`).join(",");
      return list ? `export{${list}}from"./${member}";` : "";
    });
    const own = group.file === ENTRY_FILE ? `export*from"./${ENTRY_FILE}";` : "";
    const result = await build({
      ...common,
      stdin: {
        contents: own + reexports.join(""),
        resolveDir: split.dir,
        sourcefile: `${group.file} (merged)`,
      },
      outfile: join(dir, group.file),
      plugins: [filesOfTheirOwn(split.dir, groupOf, group, exported)],
    });
    built(group.file, group.members, result.metafile);
  }
  for (const path of facades) {
    const { prefix, names } = exported.get(path) ?? { prefix: "", names: new Set() };
    const list = [...names].map((n) => `${prefix}${n} as ${n}`).join(",");
    writeInto(dir, path, `export{${list}}from"./${LATER_FILE}";\n`);
    loads.set(path, 0);
    parts.set(path, []);
  }
  for (const path of alone) {
    const result = await build({
      ...common,
      entryPoints: [join(split.dir, path)],
      outfile: join(dir, path),
      plugins: [filesOfTheirOwn(split.dir, groupOf, undefined, exported)],
    });
    built(path, [path], result.metafile);
  }
  return { loads, parts };
}

/** `start` and the files of `within` they import statically, transitively. */
function closure(
  start: readonly string[],
  outputs: ReadonlyMap<string, Output>,
  within: ReadonlySet<string>,
): string[] {
  const found = new Set(start);
  const todo = [...start];
  for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
    for (const i of outputs.get(path)?.imports ?? []) {
      if (i.kind !== "import-statement" || !within.has(i.path) || found.has(i.path)) continue;
      found.add(i.path);
      todo.push(i.path);
    }
  }
  return [...found].sort();
}

/**
 * How one output is built from the first pass's files: its own group's members bundled into
 * it; a member of another group imported from that group's file, under the names it exports
 * there; an import() of any of them left as it is (the file it names loads then); anything else
 * of the asset (a later file on its own) left an import.
 */
function filesOfTheirOwn(
  dir: string,
  groupOf: ReadonlyMap<string, Group>,
  building: Group | undefined,
  exported: Exported,
): Plugin {
  return {
    name: "files-of-their-own",
    setup(b) {
      b.onResolve({ filter: /^\.\// }, (args) => {
        if (args.namespace === "group") return { path: args.path, external: true };
        const path = relative(dir, join(args.resolveDir, args.path));
        if (args.kind === "dynamic-import") return { path: `./${path}`, external: true };
        const group = groupOf.get(path);
        if (group === building && group) return undefined;
        return group ? { path, namespace: "group" } : { path: `./${path}`, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: "group" }, (args) => {
        const file = groupOf.get(args.path)?.file ?? "";
        const { prefix, names } = exported.get(args.path) ?? { prefix: "", names: new Set() };
        const list = [...names].map((n) => `${prefix}${n} as ${n}`).join(",");
        return { contents: `export{${list}}from"./${file}";`, loader: "js" };
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
 * The data beside the code, read as a request first needs each file: each locale's words, one
 * file per section (lambda/i18n/words.ts), the translator's one file cut where a launch needs a
 * part and not the rest; and the APL documents (lambda/screens/documents.ts). Also for the
 * bench's own bundles, which speak and show too.
 */
export function writeData(outdir: string): { path: string; bytes: number }[] {
  const documents = DOCUMENT_NAMES.map((name) => {
    const path = join(DOCUMENTS_FOLDER, documentFile(name));
    const from = join(import.meta.dirname, "../lambda/screens/documents", documentFile(name));
    mkdirSync(dirname(join(outdir, path)), { recursive: true });
    cpSync(from, join(outdir, path));
    return { path, bytes: statSync(from).size };
  });
  return [...wordSections(outdir), ...documents];
}

function wordSections(outdir: string): { path: string; bytes: number }[] {
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

function writeInto(dir: string, path: string, contents: string): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
