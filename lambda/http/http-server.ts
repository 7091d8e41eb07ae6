import { createServer, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { answerClientError } from "./json-errors";

/**
 * How long a client may take, so that slow or idle connections cannot pile up. Alexa (or the
 * TLS proxy in front) sends a whole request at once, a few KB, so seconds are plenty.
 */
export interface ServerTimeouts {
  /** From the start of a request to the end of its headers. */
  readonly headersMs: number;
  /** From the start of a request to the end of its body: drops a client that trickles bytes. */
  readonly requestMs: number;
  /**
   * How long a kept-alive connection may sit idle between requests. Clients are told it
   * (Keep-Alive: timeout=5); Node itself closes about a second later, so the client goes first.
   */
  readonly keepAliveMs: number;
  /** How often Node looks for connections past headersMs or requestMs. */
  readonly checkEveryMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 5_000,
  requestMs: 10_000,
  // Node's default. A proxy that pools connections to this server must close idle ones sooner.
  keepAliveMs: 5_000,
  // Node's default is 30 s, which would let a slow client stay up to 30 s past its deadline.
  checkEveryMs: 1_000,
};

/** An HTTP server for `app` with these timeouts, whose own refusals are JSON (json-errors.ts). */
export function createHttpServer(
  app: RequestListener,
  timeouts: ServerTimeouts = SERVER_TIMEOUTS,
): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    app,
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  // Node answers a timed-out or unparsable request itself only when no response has begun.
  const answering = new WeakMap<Socket, ServerResponse>();
  server.on("request", (req, res) => {
    answering.set(req.socket, res);
    res.once("finish", () => {
      if (answering.get(req.socket) === res) answering.delete(req.socket);
    });
  });
  server.on("clientError", (error: Error & { code?: string }, socket: Socket) =>
    answerClientError(error, socket, answering.get(socket)?.headersSent ?? false),
  );
  return server;
}
