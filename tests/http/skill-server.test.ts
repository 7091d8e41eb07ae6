import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AlexaVerifier } from "../../lambda/http/alexa-verifier";
import { isLoopback } from "../../lambda/http/loopback";
import { createSkillServer } from "../../lambda/http/skill-server";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { TEST_SKILL_ID } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";
import { FakeS3 } from "./fake-s3";
import { jsonError, type Served, serveOnLoopback, until } from "./serve-helpers";
import { alexaLikeChain, signBody, TestPki } from "./test-pki";

const CERT_PATH = "/echo.api/echo-api-cert-test.pem";
const CERT_URL = `https://s3.amazonaws.com${CERT_PATH}`;
/** Far above a loopback download even on a busy machine; the timeout test sets a short one. */
const TEST_DOWNLOAD_TIMEOUT_MS = 10_000;

// Generous: a busy 2-core machine may be slow; no test here waits on a clock of its own.
vi.setConfig({ testTimeout: 30_000 });

const pki = new TestPki();
const { root, signing, chainPem } = alexaLikeChain(pki);
const stranger = pki.issue({ subject: "Test Intermediate CA", ca: true });
const forged = pki.issue({
  subject: "echo-api.amazon.com",
  san: ["echo-api.amazon.com"],
  issuer: stranger,
});

let testSkill: TestSkill;
let s3: FakeS3;
let served: Served;
/** The verifier's clock: fixed per test, so timestamps at ±149 s and ±151 s are exact. */
let now: number;
/** Requests the server has begun, so a test can wait for all of its requests to arrive. */
let arrived = 0;

beforeAll(async () => {
  testSkill = await startTestSkill();
  s3 = await FakeS3.start({
    [CERT_PATH]: chainPem,
    // A valid chain outside Amazon's bucket: refusing it is the URL rules' job alone.
    "/attacker-bucket/cert.pem": chainPem,
    "/echo.api/forged.pem": forged.pem + stranger.pem,
  });
});
afterAll(async () => {
  await s3.close();
  await testSkill.close();
  pki.close();
});

async function start(downloadTimeoutMs = TEST_DOWNLOAD_TIMEOUT_MS): Promise<void> {
  now = Date.now();
  s3.reset();
  arrived = 0;
  const verifier = new AlexaVerifier({
    download: s3.download,
    roots: [root.pem],
    now: () => now,
    downloadTimeoutMs,
  });
  served = await serveOnLoopback(createSkillServer({ skill: testSkill.skill, verify: verifier }));
  served.server.on("request", () => arrived++);
}
beforeEach(() => start());
afterEach(() => served.close());

const launch = (timestamp = new Date(now).toISOString()) =>
  JSON.stringify(launchEnvelope(TEST_SKILL_ID, "web-user", timestamp));

function post(body: string, headers: Record<string, string>) {
  return fetch(served.base, {
    method: "POST",
    body,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** A request as Alexa sends one: signed with the signing certificate's key. */
const signedPost = (body: string, certUrl = CERT_URL) =>
  post(body, { SignatureCertChainUrl: certUrl, "Signature-256": signBody(body, signing.key) });

async function expectSpeech(response: Response): Promise<void> {
  expect(response.status).toBe(200);
  const envelope = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
  expect(envelope.response.outputSpeech.ssml).toContain("Welcome to Back Coach");
}

describe("the HTTPS endpoint verifies by Alexa's rules", () => {
  it("answers a correctly signed, fresh request, downloading the chain from Amazon's bucket", async () => {
    await expectSpeech(await signedPost(launch()));
    expect(s3.gets).toEqual([CERT_PATH]);
  });

  it("rejects a request whose body does not match its signature", async () => {
    const body = launch();
    const response = await post(body.replace("web-user", "someone-else"), {
      SignatureCertChainUrl: CERT_URL,
      "Signature-256": signBody(body, signing.key),
    });
    expect(await jsonError(response)).toEqual({
      status: 400,
      error: "signature does not match the body",
    });
  });

  it("rejects a request signed by a certificate that does not chain to a trusted root", async () => {
    const body = launch();
    const response = await signedPost(body, "https://s3.amazonaws.com/echo.api/forged.pem");
    expect(await jsonError(response)).toEqual({
      status: 400,
      error: "signing certificate refused",
    });
  });

  describe("refuses bad signature headers before reading on, and downloads nothing", () => {
    const signature = () => signBody(launch(), signing.key);
    it.each([
      ["no signature", () => ({ SignatureCertChainUrl: CERT_URL })],
      [
        "only the legacy SHA-1 Signature",
        () => ({ SignatureCertChainUrl: CERT_URL, Signature: signature() }),
      ],
      [
        "a signature that is not base64",
        () => ({ SignatureCertChainUrl: CERT_URL, "Signature-256": "%%%" }),
      ],
      [
        "a truncated signature",
        () => ({ SignatureCertChainUrl: CERT_URL, "Signature-256": signature().slice(0, 40) }),
      ],
      ["no certificate URL", () => ({ "Signature-256": signature() })],
      [
        "a certificate from anywhere but Amazon's bucket",
        () => ({
          SignatureCertChainUrl: "https://evil.example.com/echo.api/cert.pem",
          "Signature-256": signature(),
        }),
      ],
      [
        "a path out of the bucket by ..",
        () => ({
          SignatureCertChainUrl: "https://s3.amazonaws.com/echo.api/../attacker-bucket/cert.pem",
          "Signature-256": signature(),
        }),
      ],
      [
        "a path out of the bucket by %2e%2e",
        () => ({
          SignatureCertChainUrl:
            "https://s3.amazonaws.com/echo.api/%2e%2e/attacker-bucket/cert.pem",
          "Signature-256": signature(),
        }),
      ],
      [
        "plain http",
        () => ({
          SignatureCertChainUrl: CERT_URL.replace("https", "http"),
          "Signature-256": signature(),
        }),
      ],
      [
        "another port",
        () => ({
          SignatureCertChainUrl: CERT_URL.replace(".com/", ".com:8443/"),
          "Signature-256": signature(),
        }),
      ],
    ])("%s", async (_, headers) => {
      const response = await post(launch(), headers());
      const { status } = await jsonError(response);
      expect(status).toBe(400);
      expect(s3.gets).toEqual([]);
    });
  });

  it.each([
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem",
    "HTTPS://S3.AMAZONAWS.COM:443/echo.api/echo-api-cert-test.pem",
    "https://s3.amazonaws.com/echo.api/%2e/echo-api-cert-test.pem",
  ])("accepts %s, downloading the normalised URL", async (certUrl) => {
    await expectSpeech(await signedPost(launch(), certUrl));
    expect(s3.gets).toEqual([CERT_PATH]);
  });

  describe("refuses a timestamp more than 150 s from now, before any download", () => {
    it.each([
      ["not-a-date", "not-a-date"],
      ["151 s in the future", () => new Date(now + 151_000).toISOString()],
      ["a year ahead", () => new Date(now + 365 * 86_400_000).toISOString()],
      ["151 s old (a replay)", () => new Date(now - 151_000).toISOString()],
    ])("%s", async (_, timestamp) => {
      const body = launch(typeof timestamp === "string" ? timestamp : timestamp());
      expect(await jsonError(await signedPost(body))).toEqual({
        status: 400,
        error: expect.stringMatching(/^request timestamp/),
      });
      expect(s3.gets).toEqual([]);
    });

    it.each([-149_000, 149_000])("and accepts one %d ms away", async (offset) => {
      await expectSpeech(await signedPost(launch(new Date(now + offset).toISOString())));
    });
  });

  it("makes one download for concurrent requests that need the same certificate", async () => {
    const release = s3.hold();
    const requests = Array.from({ length: 8 }, () => signedPost(launch()));
    // Hold Amazon's answer until every request has reached the server and the first has
    // asked for the certificate: the others can only wait on that download, or make theirs.
    await until(() => s3.gets.length >= 1 && arrived === 8);
    release();
    for (const response of await Promise.all(requests)) await expectSpeech(response);
    expect(s3.gets).toEqual([CERT_PATH]);
  });

  it("gives up on a certificate download that outlasts its deadline, and drops it", async () => {
    await served.close();
    await start(200);
    s3.hang.add(CERT_PATH);
    const response = await signedPost(launch());
    expect(await jsonError(response)).toEqual({
      status: 400,
      error: "signing certificate refused",
    });
    // The download's connection was closed, not left hanging.
    await s3.until(() => s3.dropped === 1);
  });

  it("answers a health check", async () => {
    const response = await fetch(`${served.base}/health`);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("unverified mode", () => {
  it("is allowed only on loopback hosts", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("127.0.0.2")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("localhost")).toBe(true);
    expect(isLoopback("0.0.0.0")).toBe(false);
    expect(isLoopback("192.168.1.10")).toBe(false);
  });
});
