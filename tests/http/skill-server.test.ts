import { generateKeyPairSync, sign } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SkillRequestSignatureVerifier } from "ask-sdk-express-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLoopback } from "../../lambda/http/loopback";
import { createSkillServer } from "../../lambda/http/skill-server";
import { launchEnvelope } from "../../lambda/local/envelopes";
import { TEST_SKILL_ID } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

const CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";
const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

/**
 * The real verifier, with its certificate cache filled with our test signing key: the URL
 * rules and the signature check run for real; only the download from Amazon is replaced.
 */
class TestSignatureVerifier extends SkillRequestSignatureVerifier {
  constructor() {
    super();
    this.certCache.set(CERT_URL, publicKey.export({ type: "spki", format: "pem" }).toString());
  }
}

let testSkill: TestSkill;
let server: Server;
let base: string;
beforeAll(async () => {
  testSkill = await startTestSkill();
  const app = createSkillServer({
    skill: testSkill.skill,
    verify: true,
    signatureVerifier: new TestSignatureVerifier(),
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await testSkill.close();
});

function launch(timestamp: string): string {
  return JSON.stringify(launchEnvelope(TEST_SKILL_ID, "web-user", timestamp));
}

const signed = (body: string) => sign("sha256", Buffer.from(body), privateKey).toString("base64");

function post(body: string, headers: Record<string, string>) {
  return fetch(base, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

describe("the HTTPS endpoint", () => {
  it("answers a correctly signed, fresh request", async () => {
    const body = launch(new Date().toISOString());
    const response = await post(body, {
      SignatureCertChainUrl: CERT_URL,
      "Signature-256": signed(body),
    });
    expect(response.status).toBe(200);
    const envelope = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(envelope.response.outputSpeech.ssml).toContain("Welcome to Back Coach");
  });

  it("rejects a request whose body does not match its signature", async () => {
    const body = launch(new Date().toISOString());
    const tampered = body.replace("web-user", "someone-else");
    const response = await post(tampered, {
      SignatureCertChainUrl: CERT_URL,
      "Signature-256": signed(body),
    });
    expect(response.status).toBe(400);
  });

  it("rejects a request with no signature", async () => {
    const response = await post(launch(new Date().toISOString()), {
      SignatureCertChainUrl: CERT_URL,
    });
    expect(response.status).toBe(400);
  });

  it("rejects a certificate from anywhere but Amazon's echo.api bucket", async () => {
    const body = launch(new Date().toISOString());
    const response = await post(body, {
      SignatureCertChainUrl: "https://evil.example.com/echo.api/cert.pem",
      "Signature-256": signed(body),
    });
    expect(response.status).toBe(400);
  });

  it("rejects a signed request older than 150 seconds (a replay)", async () => {
    const body = launch(new Date(Date.now() - 151_000).toISOString());
    const response = await post(body, {
      SignatureCertChainUrl: CERT_URL,
      "Signature-256": signed(body),
    });
    expect(response.status).toBe(400);
  });

  it("answers a health check", async () => {
    const response = await fetch(`${base}/health`);
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
