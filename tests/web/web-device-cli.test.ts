import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ConsoleTurn } from "../../lambda/local/conversation";
import { freePort } from "../../lambda/local/free-port";

/**
 * `npm start -- --web` as a person runs it: it prints its address, talks for the same user in
 * the same data folder as the terminal console, holds the folder while it runs, and stops on
 * Ctrl-C (SIGINT) with the session ended as a device's would be.
 */

const folder = mkdtempSync(join(tmpdir(), "back-coach-web-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const CLI = [
  "--import",
  "tsx",
  "lambda/local/console-cli.ts",
  "--data",
  folder,
  "--user",
  "web-cli",
];

function startWeb(
  ...flags: string[]
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [...CLI, "--web", ...flags]);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const address = /Back Coach web device: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (address?.[1]) resolve({ child, url: address[1] });
    });
    child.once("exit", (code) => reject(new Error(`exited ${code} before serving: ${out}`)));
  });
}

function say(url: string, line: string) {
  return fetch(new URL("/api/say", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ line, device: "echo-show-8" }),
  });
}

describe("npm start -- --web", () => {
  it("serves on 127.0.0.1, keeps the console's user data, and stops on Ctrl-C", async () => {
    const port = await freePort();
    const { child, url } = await startWeb("--fresh", "--port", String(port));
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      expect((await fetch(url)).status).toBe(200);
      expect((await say(url, "start the back fat blaster")).status).toBe(200);
      expect((await say(url, "ready")).status).toBe(200);
      // The terminal console cannot share the folder while the web device holds it.
      const meanwhile = spawnSync(process.execPath, CLI, {
        input: "open back coach\n",
        encoding: "utf8",
      });
      expect(meanwhile.status).toBe(1);
      expect(meanwhile.stderr).toContain("is using the data folder");
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    // Back in the terminal, the same user is offered the workout where the browser left it.
    const after = spawnSync(process.execPath, [...CLI, "--json"], {
      input: "open back coach\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(after.status).toBe(0);
    const launch = JSON.parse(after.stdout.trim().split("\n")[0] ?? "{}") as ConsoleTurn;
    expect(launch.text).toMatch(/jumping jacks/i);
  }, 60_000);

  it("refuses a --port that is no port", async () => {
    const bad = spawnSync(process.execPath, [...CLI, "--web", "--port", "http"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('--port takes a port number, not "http".');
  });
});
