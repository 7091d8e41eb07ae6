import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { startLocalTable } from "../support/local-table";

const run = promisify(execFile);
const SKILL = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012";
const out = mkdtempSync(join(tmpdir(), "back-coach-cdk-out-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run synth (the real CLI, with bundling)", () => {
  it("synthesizes offline and bundles the Lambda into one file, plus its words, that loads", async () => {
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
    // Beside it, only the words, at the paths the bundle require()s: no source map (README,
    // Performance: `npm run symbolicate` maps a logged stack instead).
    const assetDir = join(bundle, "..");
    expect(readdirSync(assetDir).sort()).toEqual(["content", "index.js"]);
    expect(readdirSync(join(assetDir, "content"))).toEqual(readdirSync(join("lambda", "content")));
    // The bundle stands alone: with no node_modules it answers a real request end to end,
    // DynamoDB included (the aliased credential and model shims are exercised too).
    const table = await startLocalTable("back-coach-bundle");
    const launch = launchEnvelope(SKILL, "bundle-user", "2026-11-22T09:00:00Z");
    const script = `require(${JSON.stringify(bundle)}).handler(${JSON.stringify(launch)}, {}).then((r) => console.log(JSON.stringify(r)))`;
    const { stdout } = await run(process.execPath, ["-e", script], {
      cwd: tmpdir(),
      env: {
        ...process.env,
        TABLE_NAME: table.tableName,
        SKILL_ID: SKILL,
        AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
        LOG_LEVEL: "error",
      },
    }).finally(() => table.close());
    const answer = stdout.split("\n").find((line) => line.includes('"outputSpeech"')) ?? "";
    expect(answer).toContain("Welcome to Back Coach");
    // Minified, an error still has its class's name (lambda/errors.ts), for the logs.
    const refused = `try { require(${JSON.stringify(bundle)}) } catch (e) { console.log(e.name) }`;
    const named = await run(process.execPath, ["-e", refused], {
      cwd: tmpdir(),
      env: { ...process.env, TABLE_NAME: "" },
    });
    expect(named.stdout.trim()).toBe("SettingsError");
  }, 120_000);
});
