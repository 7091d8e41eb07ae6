import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import { createHttpServer, type ServerTimeouts } from "../../lambda/http/http-server";

/** An app served on a loopback port, as `npm run serve` serves it. */
export interface Served {
  readonly server: Server;
  readonly base: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function serveOnLoopback(app: Express, timeouts?: ServerTimeouts): Promise<Served> {
  const server = createHttpServer(app, timeouts);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Asserts an error answer is exactly `{"error": reason}` as JSON, with that status. */
export async function jsonError(response: Response): Promise<{ status: number; error: unknown }> {
  const text = await response.text();
  if (!response.headers.get("content-type")?.startsWith("application/json")) {
    throw new Error(`not JSON (${response.headers.get("content-type")}): ${text.slice(0, 200)}`);
  }
  const body = JSON.parse(text) as Record<string, unknown>;
  if (Object.keys(body).join() !== "error" || text.length > 100) {
    throw new Error(`not a short {"error"} body: ${text.slice(0, 200)}`);
  }
  return { status: response.status, error: body.error };
}

/** Resolves once `condition` holds, checked every few milliseconds; the test's timeout bounds it. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
