import { connect } from "node:net";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type BackCoachSkill, WrongSkillError } from "../../lambda/envelope-guard";
import { AlexaVerifier } from "../../lambda/http/alexa-verifier";
import { MAX_BODY_BYTES } from "../../lambda/http/request-body";
import { createSkillServer } from "../../lambda/http/skill-server";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { createLogger } from "../../lambda/logger";
import { jsonError, type Served, serveOnLoopback } from "./serve-helpers";

vi.setConfig({ testTimeout: 30_000 });

/** A skill that answers, or fails as the request's user id says. */
const skill: BackCoachSkill = {
  supports: () => true,
  appendAdditionalUserAgent: () => {},
  async invoke(envelope: RequestEnvelope) {
    const user = envelope.session?.user.userId;
    if (user === "wrong-skill") throw new WrongSkillError();
    if (user === "crash")
      throw new Error("ENOENT: /srv/back-coach/secret.json at Object.<anonymous>");
    return { version: "1.0", response: {} };
  },
};

const logs: Record<string, unknown>[] = [];
const logger = createLogger("debug", (line) =>
  logs.push(JSON.parse(line) as Record<string, unknown>),
);
const body = (user = "u") => JSON.stringify(launchEnvelope("amzn1.ask.skill.x", user));
const MB = "x".repeat(1_000_000);

let unverified: Served;
let verified: Served;
beforeAll(async () => {
  unverified = await serveOnLoopback(createSkillServer({ skill, verify: false, logger }));
  // Nothing here gets as far as a download: each request fails before.
  const verifier = new AlexaVerifier({ download: () => Promise.reject(new Error("no network")) });
  verified = await serveOnLoopback(createSkillServer({ skill, verify: verifier, logger }));
});
afterAll(async () => {
  await unverified.close();
  await verified.close();
});

/** Well-formed signature headers, so the verifying server reads on to the body. */
const SIGNED = {
  SignatureCertChainUrl: "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
  "Signature-256": Buffer.alloc(256, 1).toString("base64"),
};

describe.each([
  ["without verification", () => unverified, {}],
  ["with verification", () => verified, SIGNED],
])("every error answer is a short JSON body, %s", (_, server, signed: Record<string, string>) => {
  const post = (data: string, headers: Record<string, string> = {}) =>
    fetch(server().base, { method: "POST", body: data, headers: { ...signed, ...headers } });

  it(`a body over ${MAX_BODY_BYTES} bytes (1 MB): 413`, async () => {
    expect(await jsonError(await post(MB))).toEqual({ status: 413, error: "payload too large" });
  });

  it("a large body without Content-Length (chunked): 413", async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++)
          controller.enqueue(new TextEncoder().encode(MB.slice(0, 50_000)));
        controller.close();
      },
    });
    const response = await fetch(server().base, {
      method: "POST",
      body: chunks,
      headers: signed,
      duplex: "half",
    } as RequestInit);
    expect(await jsonError(response)).toEqual({ status: 413, error: "payload too large" });
  });

  it("charset=bogus: 415", async () => {
    const response = await post(body(), { "content-type": "application/json; charset=bogus" });
    expect(await jsonError(response)).toEqual({ status: 415, error: "unsupported charset" });
  });

  it("a charset other than UTF-8: 415", async () => {
    const response = await post(body(), { "content-type": "application/json; charset=latin1" });
    expect(await jsonError(response)).toEqual({ status: 415, error: "unsupported charset" });
  });

  it.each(["br", "gzip"])("content-encoding: %s: 415", async (encoding) => {
    const response = await post(body(), { "content-encoding": encoding });
    expect(await jsonError(response)).toEqual({
      status: 415,
      error: "unsupported content encoding",
    });
  });

  it.each(["{not json", "", "\xff\xfe"])("malformed JSON %j: 400", async (data) => {
    expect(await jsonError(await post(data))).toEqual({
      status: 400,
      error: "body is not UTF-8 JSON",
    });
  });

  it("bytes that are not UTF-8: 400", async () => {
    const response = await fetch(server().base, {
      method: "POST",
      body: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]),
      headers: signed,
    });
    expect(await jsonError(response)).toEqual({ status: 400, error: "body is not UTF-8 JSON" });
  });

  it.each([
    ["GET", "/"],
    ["GET", "/nope"],
    ["POST", "/nope"],
    ["PUT", "/"],
  ])("%s %s: 404", async (method, path) => {
    const response = await fetch(`${server().base}${path}`, { method });
    expect(await jsonError(response)).toEqual({ status: 404, error: "not found" });
  });

  it("a path that does not decode: 404", async () => {
    const response = await fetch(`${server().base}/%E0%A4%A`);
    expect(await jsonError(response)).toEqual({ status: 404, error: "not found" });
  });
});

describe("the skill's own failures", () => {
  const post = (data: string) => fetch(unverified.base, { method: "POST", body: data });

  it("a request for another skill: 400", async () => {
    expect(await jsonError(await post(body("wrong-skill")))).toEqual({
      status: 400,
      error: "not for this skill",
    });
  });

  it("anything else: 500, saying nothing of the server; the log says what happened", async () => {
    logs.length = 0;
    const response = await post(body("crash"));
    expect(await jsonError(response)).toEqual({ status: 500, error: "internal error" });
    expect(JSON.stringify(logs)).toContain("/srv/back-coach/secret.json");
  });

  it("a verification refusal is logged with its reason", async () => {
    logs.length = 0;
    await fetch(verified.base, { method: "POST", body: body() });
    expect(logs).toMatchObject([
      { level: "warn", status: 400, reason: "SignatureCertChainUrl header missing" },
    ]);
  });
});

describe("Node's own refusals, before Express sees a request", () => {
  /** What the server answers to these raw bytes, up to its closing the connection. */
  function raw(bytes: string, port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1");
      let answer = "";
      socket.on("data", (chunk) => {
        answer += chunk;
      });
      socket.on("close", () => resolve(answer));
      socket.on("error", reject);
      socket.end(bytes);
    });
  }

  it("headers too large: 431 as JSON", async () => {
    const answer = await raw(
      `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
      unverified.port,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain(
      "content-type: application/json".replace("content-type", "Content-Type"),
    );
    expect(answer.endsWith('{"error":"request headers too large"}')).toBe(true);
  });

  it("a request that is not HTTP: 400 as JSON", async () => {
    const answer = await raw("HELLO THERE\r\n\r\n", unverified.port);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.endsWith('{"error":"bad request"}')).toBe(true);
  });
});
