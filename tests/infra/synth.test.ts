import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), "back-coach-cdk-out-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run synth (the real CLI, with bundling)", () => {
  it("synthesizes offline and bundles the Lambda into one file that loads", async () => {
    await run(
      join("node_modules", ".bin", "cdk"),
      [
        "synth",
        "--quiet",
        "-c",
        "skillId=amzn1.ask.skill.12345678-1234-1234-1234-123456789012",
        "-o",
        out,
      ],
      { env: { ...process.env, CDK_DISABLE_VERSION_CHECK: "1" }, timeout: 120_000 },
    );
    const template = JSON.parse(readFileSync(join(out, "BackCoach.template.json"), "utf8"));
    expect(Object.keys(template.Resources).length).toBeGreaterThan(5);
    const assets = readdirSync(out).filter((name) => name.startsWith("asset."));
    const bundle = assets
      .map((name) => join(out, name, "index.js"))
      .find((file) => existsSync(file));
    expect(bundle, "no bundled index.js in cdk.out").toBeDefined();
    if (!bundle) return;
    expect(statSync(bundle).size).toBeGreaterThan(10_000);
    // The bundle stands alone: it loads with no node_modules and exports the handler.
    const { stdout } = await run(
      process.execPath,
      ["-e", `const m = require(${JSON.stringify(bundle)}); console.log(typeof m.handler);`],
      { cwd: tmpdir(), env: { ...process.env, TABLE_NAME: "t", AWS_REGION: "us-east-1" } },
    );
    expect(stdout.trim()).toBe("function");
  }, 120_000);
});
