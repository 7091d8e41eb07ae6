import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { writeSegmentEstimates } from "../../scripts/segment-estimates";
import { runBesideTable } from "../support/bundle-process";
import { startLocalTable } from "../support/local-table";

const run = promisify(execFile);
const SKILL = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012";
const out = mkdtempSync(join(tmpdir(), "back-coach-cdk-out-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run synth (the real CLI, with bundling)", () => {
  it("synthesizes offline and bundles the Lambda into files, plus its data, that load", async () => {
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
    // Beside it, the files it loads when a request first needs them (infra/lambda-build.ts),
    // the words, at the paths the bundle require()s, and the segment estimates worked out from
    // them; no source map (README, Performance: `npm run symbolicate` maps a logged stack
    // instead).
    const assetDir = join(bundle, "..");
    const code = readdirSync(assetDir).filter((name) => !["content", "screens"].includes(name));
    expect(code).toContain("index.js");
    expect(code.length).toBeGreaterThan(1);
    expect(code.filter((name) => !name.endsWith(".js"))).toEqual([]);
    // The APL documents too are data, read when a screen first needs one.
    const documents = join(assetDir, "screens", "documents");
    expect(readdirSync(documents).sort()).toEqual(
      readdirSync(join("lambda", "screens", "documents")).sort(),
    );
    // Each locale's words a section per file, the same words as the translator's one file.
    const locales = readdirSync(join("lambda", "content")).map((file) =>
      file.replace(".words.json", ""),
    );
    const estimates = locales.map((locale) => `${locale}.estimates.json`);
    expect(readdirSync(join(assetDir, "content")).sort()).toEqual(
      [...locales, ...estimates].sort(),
    );
    for (const locale of locales) {
      const words = JSON.parse(
        readFileSync(join("lambda", "content", `${locale}.words.json`), "utf8"),
      ) as Record<string, unknown>;
      const sections = Object.fromEntries(
        readdirSync(join(assetDir, "content", locale)).map((file) => [
          file.replace(/\.json$/, ""),
          JSON.parse(readFileSync(join(assetDir, "content", locale, file), "utf8")),
        ]),
      );
      expect(sections).toEqual(words);
    }
    // The estimates are exactly what the engine works out from this checkout.
    const fresh = mkdtempSync(join(tmpdir(), "back-coach-estimates-"));
    try {
      for (const file of writeSegmentEstimates(fresh)) {
        const shipped = join(assetDir, "content", basename(file));
        expect(readFileSync(shipped, "utf8")).toBe(readFileSync(file, "utf8"));
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
    // The bundle stands alone: with no node_modules it answers a real request end to end,
    // DynamoDB included (the aliased credential and model shims are exercised too).
    const table = await startLocalTable("back-coach-bundle");
    const launch = launchEnvelope(SKILL, "bundle-user", "2026-11-22T09:00:00Z");
    const script = `require(${JSON.stringify(bundle)}).handler(${JSON.stringify(launch)}, {}).then((r) => console.log(JSON.stringify(r)))`;
    const { stdout } = await runBesideTable(script, table, SKILL).finally(() => table.close());
    const answer = stdout.split("\n").find((line) => line.includes('"outputSpeech"')) ?? "";
    expect(answer).toContain("Welcome to Back Coach");
    expect(answer).toContain("back fat blaster, about sixteen minutes");
    // It reads the length it announces from the estimates (it no longer renders the workout on
    // its first launch): a copy whose file says the blaster takes 45 minutes announces that.
    const doctored = mkdtempSync(join(tmpdir(), "back-coach-doctored-"));
    try {
      cpSync(assetDir, doctored, { recursive: true });
      const file = join(doctored, "content", "en-US.estimates.json");
      const table = JSON.parse(readFileSync(file, "utf8")) as Record<string, number[]>;
      writeFileSync(file, JSON.stringify({ ...table, "back-fat-blaster 1": [2700] }));
      const doctoredTable = await startLocalTable("back-coach-doctored");
      const relaunch = script.replace(
        JSON.stringify(bundle),
        JSON.stringify(join(doctored, "index.js")),
      );
      const { stdout: told } = await runBesideTable(relaunch, doctoredTable, SKILL).finally(() =>
        doctoredTable.close(),
      );
      expect(told).toContain("back fat blaster, about forty-five minutes");
    } finally {
      rmSync(doctored, { recursive: true, force: true });
    }
    // Minified, an error still has its class's name (lambda/errors.ts), for the logs.
    const refused = `try { require(${JSON.stringify(bundle)}) } catch (e) { console.log(e.name) }`;
    const named = await run(process.execPath, ["-e", refused], {
      cwd: tmpdir(),
      env: { ...process.env, TABLE_NAME: "" },
    });
    expect(named.stdout.trim()).toBe("SettingsError");
  }, 120_000);
});
