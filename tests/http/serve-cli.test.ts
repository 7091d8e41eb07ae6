import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { freePort } from "../../lambda/local/free-port";

const data = mkdtempSync(join(tmpdir(), "back-coach-serve-"));
afterAll(() => rmSync(data, { recursive: true, force: true }));

function serve(...args: string[]): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const env = { ...process.env };
  delete env.TABLE_NAME;
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
  it("serves the skill with embedded storage, warns loudly without verification, and stops cleanly", async () => {
    const port = await freePort();
    const server = serve("--port", String(port), "--no-verify");
    await until(() => server.output().includes("Back Coach is listening"));
    expect(server.output()).toContain(
      "WARNING: request signature and timestamp verification is OFF",
    );
    const body = JSON.stringify(launchEnvelope("a", "u"));
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain("Welcome to Back Coach");
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 30_000);

  it("refuses --no-verify on a host other machines can reach", async () => {
    const server = serve("--host", "0.0.0.0", "--no-verify");
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain("--no-verify is only allowed on a loopback host");
  }, 30_000);
});
