/**
 * `npm start`: talk to Back Coach from a terminal, with no AWS account. An embedded DynamoDB
 * (dynalite) holds your progress under .data/; what you type is resolved against the real
 * interaction model and sent through the same skill the Lambda runs. Contract in
 * docs/architecture.md.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { lockDataFolder } from "./data-lock";
import { applyEnvDefaults, LOCAL_AWS_ENV } from "./local-aws-env";

// Before any AWS client exists (the skill and the store are imported below, on demand).
applyEnvDefaults(LOCAL_AWS_ENV);

const USAGE = `Usage: npm start -- [--user ID] [--data DIR] [--fresh] [--locale LOCALE] [--json]
       npm start -- --web [--port N] [--user ID] [--data DIR] [--fresh] [--locale LOCALE]

--web serves an Echo Show in the browser on 127.0.0.1 (the same skill, store and user).

Type what you would say to Alexa:
  open back coach                      start a session
  ask back coach to start a workout    one-shot request
  ready / next / repeat / pause ...    anything you'd say in the session
  /end                                 end the session (as if you walked away)
  /quit                                leave the console

The clock: each line comes as if you had heard the whole answer before it.
  /interrupt N                         say the next line N seconds into the last answer
  /wait N   (or 90s, 5m, 2h, 3d)       let time pass before the next line
  /silence                             say nothing: the reprompt plays; twice ends the session`;

/** The data folder in use, for the message when its store turns out to be locked. */
let dataDir: string | undefined;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      user: { type: "string", default: "local-user" },
      data: { type: "string", default: ".data" },
      fresh: { type: "boolean", default: false },
      locale: { type: "string", default: DEFAULT_LOCALE },
      json: { type: "boolean", default: false },
      web: { type: "boolean", default: false },
      port: { type: "string", default: "0" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  dataDir = resolve(values.data);
  // Before --fresh: emptying a folder another console is using would pull its data away.
  const lock = lockDataFolder(dataDir);
  try {
    const dataPath = join(dataDir, "dynamodb");
    if (values.fresh) rmSync(dataPath, { recursive: true, force: true });
    if (!values.web) return await talk(values, dataPath);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      process.stderr.write(`--port takes a port number, not "${values.port}".\n`);
      return 2;
    }
    return await serveWeb({ ...values, port }, dataPath);
  } finally {
    lock.release();
  }
}

async function talk(
  values: { user: string; locale: string; json: boolean },
  dataPath: string,
): Promise<number> {
  const { startConsoleSkill } = await import("./console-skill");
  const session = await startConsoleSkill({
    dataPath,
    userId: values.user,
    locale: values.locale,
  });
  const { printTurn } = await import("./print-turn");
  const interactive = process.stdin.isTTY === true && !values.json;
  if (interactive) process.stdout.write(`${USAGE}\n\n`);

  const lines = createInterface({
    input: process.stdin,
    ...(interactive ? { output: process.stdout } : {}),
    terminal: interactive,
  });
  const prompt = () =>
    interactive &&
    lines.setPrompt(session.conversation.sessionOpen ? "you> " : "you (no session)> ");
  prompt();
  if (interactive) lines.prompt();
  try {
    for await (const line of lines) {
      if (line.trim() === "/quit") break;
      const turn = await session.conversation.say(line);
      if (turn) printTurn(turn, values.json);
      prompt();
      if (interactive) lines.prompt();
    }
    // Leaving with a session open is walking away from the device.
    const last = await session.conversation.endSession();
    if (last && values.json) printTurn(last, true);
  } finally {
    lines.close();
    await session.close();
  }
  return 0;
}

/** The web device until Ctrl-C (or SIGTERM): then the session ends as a device's would. */
async function serveWeb(
  values: { user: string; locale: string; port: number },
  dataPath: string,
): Promise<number> {
  const { startConsoleSkill } = await import("./console-skill");
  const { startWebDevice } = await import("./web/web-device");
  const session = await startConsoleSkill({ dataPath, userId: values.user, locale: values.locale });
  try {
    const web = await startWebDevice({
      conversation: session.conversation,
      locale: values.locale,
      port: values.port,
    });
    process.stdout.write(
      `Back Coach web device: ${web.url}\nOpen it in a browser; Ctrl-C stops it.\n`,
    );
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await web.close();
    await session.conversation.endSession();
  } finally {
    await session.close();
  }
  return 0;
}

// The embedded store's own lock (LevelDB, one process at a time), for a holder that is no
// console (`npm run serve` on the same folder): dynalite throws it from a callback, uncaught.
process.on("uncaughtException", (error) => {
  const locked = error.message === "Database is closed" && dataDir !== undefined;
  process.stderr.write(
    locked
      ? `The data folder ${dataDir} is locked by another program. Close it, or start the console on another folder with --data DIR.\n`
      : `${error.stack ?? error.message}\n`,
  );
  process.exit(1);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
