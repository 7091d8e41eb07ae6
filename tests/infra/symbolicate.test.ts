import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { esbuildOptions } from "../../infra/lambda-bundling";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "back-coach-symbolicate-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The Lambda bundled as deployed (no map), or with the external map symbolication uses. */
async function bundle(name: string, sourcemap: false | "external"): Promise<string> {
  const file = join(dir, name, "index.js");
  await build({ ...esbuildOptions(file, undefined, sourcemap), write: true });
  return file;
}

describe("npm run symbolicate (the deployed Lambda has no source map)", () => {
  it("maps a stack logged by the deployed bundle back to the TypeScript that threw", async () => {
    const [deployed, withMap] = await Promise.all([
      bundle("deployed", false),
      bundle("mapped", "external"),
    ]);
    // The rebuilt bundle is byte for byte the deployed one, so the map fits its positions;
    // and the deployed one points at no map.
    expect(readFileSync(withMap, "utf8")).toBe(readFileSync(deployed, "utf8"));
    expect(readFileSync(deployed, "utf8")).not.toContain("sourceMappingURL");
    // A real stack: the bundle refuses to load without its table, as Lambda would log it.
    const { stdout: stack } = await run(
      process.execPath,
      ["-e", `try { require(${JSON.stringify(deployed)}) } catch (e) { console.log(e.stack) }`],
      { cwd: tmpdir(), env: { ...process.env, TABLE_NAME: "" } },
    );
    expect(stack).toMatch(/index\.js:\d+:\d+/);
    expect(stack).not.toContain("lambda/");
    const cli = run(join("node_modules", ".bin", "tsx"), ["scripts/symbolicate.ts"], {
      timeout: 60_000,
    });
    cli.child.stdin?.end(stack);
    const { stdout } = await cli;
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(stack.trim().split("\n")[0]);
    // Where it was thrown, the settings check that called it, and the Lambda's start-up.
    expect(stdout).toMatch(/index\.js:\d+:\d+ \[lambda\/env\.ts:\d+:\d+\]/);
    expect(stdout).toMatch(/\[lambda\/config\.ts:\d+:\d+\]/);
    expect(stdout).toMatch(/\[lambda\/index\.ts:\d+:\d+\]/);
    // Node's own frames are not the bundle's and are left as they were.
    expect(lines.filter((line) => line.includes("node:internal")).join("\n")).not.toContain("[");
  }, 120_000);
});
