import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { WrongSkillError } from "../envelope-guard";
import type { Logger } from "../logger";
import { RequestRefused } from "./refusal";

/**
 * Every error answer is `{"error": "<short reason>"}` with its status: never Express's HTML
 * page, whose stack trace names the server's files and libraries.
 */
export function errorBody(reason: string): string {
  return JSON.stringify({ error: reason });
}

/** body-parser's failures by type, in words a client can act on. */
const BODY_ERRORS: Readonly<Record<string, string>> = {
  "entity.too.large": "payload too large",
  "encoding.unsupported": "unsupported content encoding",
  "charset.unsupported": "unsupported charset",
  "request.aborted": "request aborted",
  "request.size.invalid": "body length does not match Content-Length",
};

export const notFound: RequestHandler = (_req, res) => {
  res.status(404).type("json").send(errorBody("not found"));
};

export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, reason } = describe(error);
    if (status >= 500) logger.error("Request failed", { error });
    else logger.warn("Request refused", { status, reason, error });
    // Too late for a clean answer: drop the connection, as Express itself would.
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    res.status(status).type("json").send(errorBody(reason));
  };
}

function describe(error: unknown): { status: number; reason: string } {
  if (error instanceof RequestRefused) return { status: error.status, reason: error.message };
  if (error instanceof WrongSkillError) return { status: 400, reason: "not for this skill" };
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (typeof status === "number" && status >= 400 && status < 500) {
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    return { status, reason: known ?? STATUS_CODES[status]?.toLowerCase() ?? "bad request" };
  }
  return { status: 500, reason: "internal error" };
}

/** Node's own refusals (before Express sees a request), as JSON too. */
const CLIENT_ERRORS: Readonly<Record<string, [number, string]>> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, "request timeout"],
  HPE_HEADER_OVERFLOW: [431, "request headers too large"],
};

/**
 * For the server's 'clientError' event: a request Node could not parse or that took too long.
 * Answers as Node would (only when nothing of a response was written yet), then closes.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Socket,
  responseStarted: boolean,
): void {
  if (socket.writable && !responseStarted && error.code !== "ECONNRESET") {
    const [status, reason] = CLIENT_ERRORS[error.code ?? ""] ?? [400, "bad request"];
    const body = errorBody(reason);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
