import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildLambda } from "../../infra/lambda-build";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "back-coach-symbolicate-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The Lambda's code as deployed (no maps), or with the maps symbolication uses. */
async function bundle(name: string, sourceMaps: boolean) {
  const out = join(dir, name);
  const { files } = await buildLambda(out, { sourceMaps });
  return { out, files: files.map((f) => f.path) };
}

/** `npm run symbolicate` with `text` on its standard input. */
async function symbolicate(text: string): Promise<string> {
  const cli = run(join("node_modules", ".bin", "tsx"), ["scripts/symbolicate.ts"], {
    timeout: 60_000,
    maxBuffer: 1 << 24,
  });
  cli.child.stdin?.end(text);
  return (await cli).stdout;
}

const built = Promise.all([bundle("deployed", false), bundle("mapped", true)]);

describe("npm run symbolicate (the deployed Lambda has no source maps)", () => {
  it("rebuilds every file of the asset byte for byte, with a map beside each", async () => {
    const [deployed, mapped] = await built;
    expect(deployed.files.length).toBeGreaterThan(1);
    expect(mapped.files).toEqual(deployed.files);
    for (const file of deployed.files) {
      // The rebuilt file is byte for byte the deployed one, so its map fits its positions; and
      // the deployed one points at no map, and has none beside it.
      expect(readFileSync(join(mapped.out, file), "utf8")).toBe(
        readFileSync(join(deployed.out, file), "utf8"),
      );
      expect(readFileSync(join(deployed.out, file), "utf8")).not.toContain("sourceMappingURL");
      expect(existsSync(join(mapped.out, `${file}.map`))).toBe(true);
    }
    expect(readdirSync(deployed.out).filter((name) => name.endsWith(".map"))).toEqual([]);
  }, 120_000);

  it("maps a stack logged by the deployed bundle back to the TypeScript that threw", async () => {
    const [deployed] = await built;
    const index = join(deployed.out, "index.js");
    // A real stack: the bundle refuses to load without its table, as Lambda would log it.
    const { stdout: stack } = await run(
      process.execPath,
      ["-e", `try { require(${JSON.stringify(index)}) } catch (e) { console.log(e.stack) }`],
      { cwd: tmpdir(), env: { ...process.env, TABLE_NAME: "" } },
    );
    expect(stack).toMatch(/index\.js:\d+:\d+/);
    expect(stack).not.toContain("lambda/");
    const stdout = await symbolicate(stack);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(stack.trim().split("\n")[0]);
    // Where it was thrown, the settings check that called it, and the Lambda's start-up.
    expect(stdout).toMatch(/index\.js:\d+:\d+ \[lambda\/env\.ts:\d+:\d+\]/);
    expect(stdout).toMatch(/\[lambda\/config\.ts:\d+:\d+\]/);
    expect(stdout).toMatch(/\[lambda\/index\.ts:\d+:\d+\]/);
    // Node's own frames are not the bundle's and are left as they were.
    expect(lines.filter((line) => line.includes("node:internal")).join("\n")).not.toContain("[");
  }, 120_000);

  it("maps a position in every file of the asset to the same token in its source", async () => {
    const [deployed, mapped] = await built;
    // Positions of names that minifying keeps, as a stack would name them: a string literal
    // must land on the same literal in the file it came from (the TypeScript, or a package's
    // code), a property (".disclaimerHeard") on a line that names it.
    const probes = deployed.files.flatMap((file) => {
      const lines = readFileSync(join(deployed.out, file), "utf8").split("\n");
      return lines
        .flatMap((text, line) =>
          [...text.matchAll(/"([A-Za-z][A-Za-z ]{5,30})"|\.([a-z][A-Za-z]{7,30})\b/g)].map((m) => ({
            file,
            literal: m[1] ?? m[2] ?? "",
            exact: m[1] !== undefined,
            position: `/var/task/${file}:${line + 1}:${(m.index ?? 0) + 1}`,
          })),
        )
        .filter((probe) => probe.literal !== "use strict")
        .slice(0, 400);
    });
    const answered = (await symbolicate(probes.map((p) => `    at x (${p.position})`).join("\n")))
      .trim()
      .split("\n");
    const landed = new Map<string, { right: number; wrong: string[] }>();
    probes.forEach((probe, i) => {
      const source = /\[([^\]]+):(\d+):(\d+)\]/.exec(answered[i] ?? "");
      const file = source?.[1] ? join(process.cwd(), source[1]) : "";
      if (!source || !existsSync(file)) return;
      const line = readFileSync(file, "utf8").split("\n")[Number(source[2]) - 1] ?? "";
      const tally = landed.get(probe.file) ?? { right: 0, wrong: [] };
      const right = probe.exact
        ? line.slice(Number(source[3])).startsWith(probe.literal)
        : line.includes(probe.literal);
      if (right) tally.right++;
      else if (probe.exact && source[1]?.startsWith("lambda/"))
        tally.wrong.push(`${probe.literal} -> ${source[0]}`);
      landed.set(probe.file, tally);
    });
    for (const file of mapped.files) {
      const map = JSON.parse(readFileSync(join(mapped.out, `${file}.map`), "utf8")) as {
        sources: string[];
      };
      // A file of esbuild's own helpers only (its map names no file of ours or of a package)
      // has nothing to map to.
      if (!map.sources.some((source) => existsSync(join(mapped.out, source)))) continue;
      expect(landed.get(file)?.right ?? 0, `${file}: no position mapped`).toBeGreaterThan(0);
      expect(landed.get(file)?.wrong ?? [], `${file}: positions mapped elsewhere`).toEqual([]);
    }
  }, 120_000);
});
