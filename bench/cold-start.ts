import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { requestEnvelope } from "../lambda/local/envelopes";
import { BENCH_SKILL_ID, BENCH_SPEAKER } from "./dialog";
import { lambdaContextSource } from "./lambda-environment";

const run = promisify(execFile);

/** A function to start cold: its folder, as Lambda unpacks it, and its whole environment. */
export interface ColdFunction {
  readonly dir: string;
  /** "index.handler": the file and the export, as Lambda's handler setting says them. */
  readonly handler: string;
  readonly env: Readonly<Record<string, string>>;
  readonly memoryMb: number;
}

/**
 * One cold start in a fresh `node` process: load the function's handler file and answer one
 * LaunchRequest for a new user, from a speaker or an Echo Show; returns the milliseconds from
 * before the load to the answer. The process is an ES module that require()s the handler, as
 * Lambda's Node.js runtime (itself an ES module, /var/runtime/index.mjs) loads a CommonJS
 * handler, with the process's working directory the function's folder, as /var/task is. The
 * answer must have speech (and, for a screen, a document): a bundle that fails fast is an
 * error, not a fast cold start.
 */
export async function coldStart(
  node: string,
  fn: ColdFunction,
  userId: string,
  device = BENCH_SPEAKER,
): Promise<number> {
  const event = requestEnvelope({
    applicationId: BENCH_SKILL_ID,
    userId,
    request: { type: "LaunchRequest" },
    session: { id: "s", new: true, attributes: {} },
    requestId: "r",
    timestamp: new Date().toISOString(),
    locale: "en-US",
    device: { deviceId: "bench", supportedInterfaces: device.supportedInterfaces },
    ...(device.viewport ? { viewport: device.viewport } : {}),
  });
  const [file, exported] = splitHandler(fn.handler);
  const script = `import { createRequire } from "node:module";
    const t0 = performance.now();
    const loaded = createRequire(process.cwd() + "/")(${JSON.stringify(`./${file}`)});
    const answer = await loaded[${JSON.stringify(exported)}](${JSON.stringify(event)}, ${lambdaContextSource(fn.memoryMb, 7000)});
    const ms = performance.now() - t0;
    const directives = (answer?.response?.directives ?? []).map((d) => d.type).join(",");
    process.stdout.write("\\nCOLD " + ms + " " + Boolean(answer?.response?.outputSpeech) + " " + directives + "\\n");`;
  const { stdout } = await run(node, ["--input-type=module", "-e", script], {
    env: fn.env,
    cwd: fn.dir,
  });
  const line = stdout.split("\n").find((l) => l.startsWith("COLD "));
  const [, ms, spoke, directives = ""] = line?.split(" ") ?? [];
  if (spoke !== "true") throw new Error(`no spoken answer from a cold start: ${stdout}`);
  if (device.viewport && !directives.includes("Alexa.Presentation.APL.RenderDocument")) {
    throw new Error(`no screen in a cold start's answer to an Echo Show: ${stdout}`);
  }
  return Number(ms);
}

function splitHandler(handler: string): [file: string, exported: string] {
  const dot = handler.lastIndexOf(".");
  return [`${handler.slice(0, dot)}.js`, handler.slice(dot + 1)];
}
