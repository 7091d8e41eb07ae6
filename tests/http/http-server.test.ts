import { connect, type Socket } from "node:net";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { BackCoachSkill } from "../../lambda/envelope-guard";
import { SERVER_TIMEOUTS, type ServerTimeouts } from "../../lambda/http/http-server";
import { createSkillServer } from "../../lambda/http/skill-server";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { type Served, serveOnLoopback, until } from "./serve-helpers";

// Every wait below ends on an event (a close, an answer); this only bounds a broken server.
vi.setConfig({ testTimeout: 60_000 });

/** Short timeouts, so the test takes seconds; the defaults are checked separately below. */
const TIMEOUTS: ServerTimeouts = {
  headersMs: 1_000,
  requestMs: 2_000,
  keepAliveMs: 1_000,
  checkEveryMs: 100,
};
/** How late past its timeout a connection may still be dropped, on a busy 2-core machine. */
const SLACK_MS = 10_000;
/** Clocks of client and server differ by scheduling only; allow that much early. */
const EARLY_MS = 50;

const skill: BackCoachSkill = {
  supports: () => true,
  appendAdditionalUserAgent: () => {},
  invoke: async (_: RequestEnvelope) => ({ version: "1.0", response: {} }),
};

let served: Served;
beforeAll(async () => {
  served = await serveOnLoopback(createSkillServer({ skill, verify: false }), TIMEOUTS);
});
afterAll(() => served.close());

/** A raw connection that records what the server sent and when the server closed it. */
class Client {
  readonly socket: Socket;
  readonly opened = performance.now();
  closedAt: number | undefined;
  received = "";
  readonly closed: Promise<void>;

  constructor(first: string) {
    this.socket = connect(served.port, "127.0.0.1", () => this.socket.write(first));
    this.socket.on("data", (chunk) => {
      this.received += chunk;
    });
    // A reset (the server closing while bytes are still coming in) is a close too.
    this.socket.on("error", () => {});
    this.closed = new Promise((resolve) =>
      this.socket.once("close", () => {
        this.closedAt = performance.now();
        resolve();
      }),
    );
  }

  get open(): boolean {
    return this.closedAt === undefined;
  }

  lifetime(): number {
    return (this.closedAt ?? Number.NaN) - this.opened;
  }
}

/** Writes one byte more to every open client, every 100 ms, until stopped. */
function trickle(clients: readonly Client[], byte: string): () => void {
  const timer = setInterval(() => {
    for (const client of clients)
      if (client.open && client.socket.writable) client.socket.write(byte);
  }, 100);
  return () => clearInterval(timer);
}

describe("slow clients are dropped within seconds; others are still served", () => {
  it("drops 100 trickling bodies and 50 trickling headers, answering a normal request meanwhile", async () => {
    let requestsBegun = 0;
    const count = () => requestsBegun++;
    served.server.on("request", count);
    const slowBodies = Array.from(
      { length: 100 },
      () => new Client("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{"),
    );
    const slowHeaders = Array.from(
      { length: 50 },
      () => new Client("POST / HTTP/1.1\r\nHost: x\r\n"),
    );
    const stops = [trickle(slowBodies, " "), trickle(slowHeaders, "X")];
    try {
      // Every slow body is in the skill server's hands (its headers read, its body awaited).
      await until(() => requestsBegun >= 100);
      const response = await fetch(`${served.base}/`, {
        method: "POST",
        body: JSON.stringify(launchEnvelope("amzn1.ask.skill.x", "u")),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ version: "1.0", response: {} });

      await Promise.all([...slowBodies, ...slowHeaders].map((client) => client.closed));
    } finally {
      for (const stop of stops) stop();
      served.server.off("request", count);
    }
    for (const client of slowBodies) {
      expect(client.lifetime()).toBeGreaterThanOrEqual(TIMEOUTS.requestMs - EARLY_MS);
      expect(client.lifetime()).toBeLessThan(TIMEOUTS.requestMs + SLACK_MS);
    }
    for (const client of slowHeaders) {
      expect(client.lifetime()).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - EARLY_MS);
      expect(client.lifetime()).toBeLessThan(TIMEOUTS.headersMs + SLACK_MS);
    }
  });

  it("answers a client that stopped mid-headers with a JSON 408, then closes", async () => {
    const client = new Client("POST / HTTP/1.1\r\nHost: x\r\n");
    await client.closed;
    expect(client.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(client.received.endsWith('{"error":"request timeout"}')).toBe(true);
    expect(client.lifetime()).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - EARLY_MS);
  });

  it("closes kept-alive connections left idle", async () => {
    const idle = Array.from(
      { length: 20 },
      () => new Client("GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n"),
    );
    await until(() => idle.every((client) => client.received.includes('{"status":"ok"}')));
    const answered = performance.now();
    await Promise.all(idle.map((client) => client.closed));
    for (const client of idle) {
      expect(client.received).toMatch(/^HTTP\/1\.1 200 /);
      expect((client.closedAt ?? 0) - answered).toBeLessThan(TIMEOUTS.keepAliveMs + SLACK_MS);
    }
  });

  it("uses timeouts of seconds by default, checked every second", () => {
    expect(SERVER_TIMEOUTS).toEqual({
      headersMs: 5_000,
      requestMs: 10_000,
      keepAliveMs: 5_000,
      checkEveryMs: 1_000,
    });
    const { headersMs, requestMs } = SERVER_TIMEOUTS;
    expect(headersMs).toBeLessThanOrEqual(requestMs);
  });
});
