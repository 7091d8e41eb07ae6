import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { freePort } from "../../lambda/local/free-port";
import { TEST_SKILL_ID } from "../support/device";

const data = mkdtempSync(join(tmpdir(), "back-coach-serve-"));
afterAll(() => rmSync(data, { recursive: true, force: true }));

/** `npm run serve` with `args`, in this environment less any table or skill id, plus `extra`. */
function serve(
  args: string[],
  extra: Record<string, string | undefined> = {},
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const env = { ...process.env, TABLE_NAME: undefined, SKILL_ID: undefined, ...extra };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "lambda/http/serve-cli.ts", "--data", data, ...args],
    { env },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return { child, output: () => output, exited };
}

async function until(condition: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(50);
  }
}

describe("npm run serve", () => {
  it("serves the skill with embedded storage, warns loudly without verification or skill id, and stops cleanly", async () => {
    const port = await freePort();
    const server = serve(["--port", String(port), "--no-verify", "--any-skill"]);
    await until(() => server.output().includes("Back Coach is listening"));
    expect(server.output()).toContain(
      "WARNING: request signature and timestamp verification is OFF",
    );
    expect(server.output()).toContain("WARNING: no SKILL_ID (--any-skill)");
    const body = JSON.stringify(launchEnvelope("a", "u"));
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain("Welcome to Back Coach");
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 30_000);

  it("refuses --no-verify on a host other machines can reach", async () => {
    const server = serve(["--host", "0.0.0.0", "--no-verify"], { SKILL_ID: TEST_SKILL_ID });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("--no-verify is only allowed on a loopback host");
  }, 30_000);

  it("refuses to start without SKILL_ID", async () => {
    const server = serve(["--port", String(await freePort())]);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("SKILL_ID is not set");
    expect(server.output()).toContain("--any-skill");
    expect(server.output()).not.toContain("Back Coach is listening");
  }, 30_000);

  it("refuses --any-skill on a host other machines can reach", async () => {
    const server = serve(["--host", "0.0.0.0", "--any-skill"]);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("--any-skill is only allowed on a loopback host");
  }, 30_000);

  it("refuses a real table without a region", async () => {
    const server = serve(["--port", String(await freePort())], {
      SKILL_ID: TEST_SKILL_ID,
      TABLE_NAME: "back-coach-users",
      AWS_REGION: undefined,
      AWS_DEFAULT_REGION: undefined,
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(
      'TABLE_NAME is set but no AWS region is: set AWS_REGION to the region of table "back-coach-users"',
    );
  }, 30_000);
});
