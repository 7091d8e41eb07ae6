import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A Node.js the bench runs everything on. */
export interface Runtime {
  /** The JSON key its figures go under: "" for the local Node (the original fields). */
  readonly key: "" | "node24";
  readonly node: string;
  readonly version: string;
}

/** Node 24 as Lambda runs it, or why it is missing and how to get it. */
export type Node24 = Runtime | { readonly missing: string };

/** The Node running the bench: its figures keep the JSON fields they always had. */
export const LOCAL_RUNTIME: Runtime = { key: "", node: process.execPath, version: process.version };

/** Node 24, found by scripts/node24.sh (the same script .ci/run installs it with). */
export async function findNode24(): Promise<Node24> {
  try {
    const script = join(import.meta.dirname, "../scripts/node24.sh");
    const { stdout } = await run("bash", [script]);
    const node = stdout.trim();
    const { stdout: version } = await run(node, ["--version"]);
    return { key: "node24", node, version: version.trim() };
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    return { missing: typeof stderr === "string" && stderr ? stderr.trim() : String(error) };
  }
}
