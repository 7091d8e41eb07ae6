import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const LOG_LINE = join(process.cwd(), "lambda", "observability", "log-line.ts");

/** A process running `script` (writeLine imported); its stdout read only after `waitMs`. */
function writer(script: string, waitMs: number): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [
      "-e",
      `import { writeLine } from ${JSON.stringify(LOG_LINE)};\n${script}`,
    ]);
    const chunks: Buffer[] = [];
    // Nothing read for a while, so the pipe fills and writes would block.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), waitMs);
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("close", (code) => resolve({ out: Buffer.concat(chunks).toString(), code }));
  });
}

describe("log lines (lambda/observability/log-line.ts)", () => {
  it("writes every line whole and in order, even into a pipe nobody reads for a while", async () => {
    // A socket opened on stdout leaves it non-blocking (libuv's doing), so a full pipe answers
    // a write with EAGAIN: the lines must still all arrive, whole and in order.
    const { out, code } = await writer(
      `import net from "node:net";
       new net.Socket({ fd: 1, readable: false, writable: true });
       for (let i = 0; i < 40; i++) writeLine(1, JSON.stringify({ i, pad: "x".repeat(20000) }));`,
      300,
    );
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { i: number }).i)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
  }, 30_000);

  it("drops a line that cannot be written rather than failing", async () => {
    const { out, code } = await writer(
      `require("node:fs").closeSync(1);
       writeLine(1, "lost");
       writeLine(2, "after");`,
      0,
    );
    expect(code).toBe(0);
    expect(out).toBe("");
  }, 30_000);
});
