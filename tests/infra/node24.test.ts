import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "back-coach-node24-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in `node` that says it is the given version. */
function fakeNode(name: string, version: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\necho ${version}\n`);
  chmodSync(file, 0o755);
  return file;
}

const node24 = (env: Record<string, string>) =>
  run("bash", ["scripts/node24.sh"], { env: { ...process.env, ...env } });

describe("scripts/node24.sh (how the bench and CI find the Node that Lambda runs)", () => {
  it("prints the path of a Node 24", async () => {
    const node = fakeNode("node-24", "v24.22.3");
    const { stdout } = await node24({ BACK_COACH_NODE24: node });
    expect(stdout.trim()).toBe(node);
  });

  it("refuses another version, and says how to install the right one", async () => {
    const node = fakeNode("node-20", "v20.20.2");
    const refused = await node24({ BACK_COACH_NODE24: node }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain("Node 24 not found");
    expect(refused?.stderr).toContain("bash scripts/node24.sh --install");
  });
});
