import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import type { ConsoleTurn, Conversation } from "../conversation";
import { FONT_PATH, offlineViewhost, standInFont } from "./offline-viewhost";
import { DEFAULT_WEB_DEVICE, parseWebRequest, WEB_DEVICES, type WebRequest } from "./web-requests";
import { webTurn } from "./web-turn";

/**
 * `npm start -- --web`: an Echo Show in the browser, on 127.0.0.1 only. The page (page/) draws
 * answers with the real APL renderer and says them on their SSML timeline; what it is told is
 * said in the same conversation the terminal console holds (same model, same skill, same store).
 */

const PAGE_DIR = join(import.meta.dirname, "page");
const PAGE_FILES: Readonly<Record<string, readonly [file: string, type: string]>> = {
  "/": ["index.html", "text/html; charset=utf-8"],
  "/device.js": ["device.js", "text/javascript; charset=utf-8"],
  "/device.css": ["device.css", "text/css; charset=utf-8"],
  "/apl-screen.js": ["apl-screen.js", "text/javascript; charset=utf-8"],
  "/speech-player.js": ["speech-player.js", "text/javascript; charset=utf-8"],
};

/**
 * The page may load from this server only: the browser itself refuses anything else. The
 * renderer compiles WebAssembly and evaluates its own code, and its stylesheet loader writes
 * <style> elements.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self' data:",
  "media-src 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The bodies the page sends are a line or a touch: a few hundred bytes. */
const MAX_BODY = "16kb";

export interface WebDevice {
  readonly url: string;
  close(): Promise<void>;
}

export interface WebDeviceOptions {
  readonly conversation: Conversation;
  readonly locale: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export async function startWebDevice(options: WebDeviceOptions): Promise<WebDevice> {
  const { conversation } = options;
  const app = express();
  app.disable("x-powered-by");
  let origins: readonly string[] = [];
  // Another site in the same browser, or a name rebound to 127.0.0.1, must not drive the skill.
  app.use((req, res, next) => {
    const host = `http://${req.headers.host ?? ""}`;
    const origin = req.headers.origin;
    if (!origins.includes(host) || (origin !== undefined && !origins.includes(origin))) {
      res.status(403).json({ error: "This device answers its own page only." });
    } else next();
  });
  app.use((_req, res, next) => {
    res.set({
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    next();
  });

  for (const [path, [file, type]] of Object.entries(PAGE_FILES)) {
    app.get(path, (_req, res) => {
      res.type(type).send(readFileSync(join(PAGE_DIR, file)));
    });
  }
  app.get("/viewhost.js", (_req, res) => {
    res.type("text/javascript; charset=utf-8").send(offlineViewhost());
  });
  app.get(`${FONT_PATH}:name`, (req, res) => {
    const file = standInFont(String(req.params.name));
    if (file) res.type("font/ttf").send(readFileSync(file));
    else res.status(404).end();
  });
  // Browsers ask for one; there is none.
  app.get("/favicon.ico", (_req, res) => {
    res.status(204).end();
  });
  app.get("/api/devices", (_req, res) => {
    res.json({ devices: WEB_DEVICES, defaultDevice: DEFAULT_WEB_DEVICE, locale: options.locale });
  });

  // One request at a time, in order, as one device sends them.
  let queue: Promise<unknown> = Promise.resolve();
  const answer = (kind: "say" | "touch") => (req: Request, res: Response, next: NextFunction) => {
    const parsed = parseWebRequest(kind, req.body);
    if (typeof parsed === "string") {
      res.status(400).json({ error: parsed });
      return;
    }
    const turn = queue.then(() => converse(conversation, parsed));
    queue = turn.catch(() => undefined);
    turn.then(
      (turns) => res.json({ turns: turns.map(webTurn), sessionOpen: conversation.sessionOpen }),
      next,
    );
  };
  const json = express.json({ limit: MAX_BODY, type: "application/json" });
  app.post("/api/say", json, answer("say"));
  app.post("/api/touch", json, answer("touch"));

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: "Not here." });
  });
  // A short answer, never a stack: the page shows it in the conversation.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error);
    if (status === 500) process.stderr.write(`web device: ${String(error)}\n`);
    res
      .status(status)
      .json({ error: status === 500 ? "The local skill failed on that." : "Bad request." });
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Says the line (or the touch) in the conversation, from the device the page is being. */
async function converse(conversation: Conversation, request: WebRequest): Promise<ConsoleTurn[]> {
  conversation.screen = request.screen;
  const command = request.kind === "say" && request.line.trim().startsWith("/");
  // Spoken over the answer: the skill hears where it was cut (a clock command has no words).
  if (request.heard !== undefined && !command) conversation.clock.interrupt(request.heard);
  const turn =
    request.kind === "say"
      ? await conversation.say(request.line)
      : await conversation.touch({
          label: request.label,
          token: request.token,
          arguments: request.arguments,
          source: request.source,
        });
  return turn ? [turn] : [];
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500 ? status : 500;
}
