import { describe, expect, it } from "vitest";
import { normaliseCertUrl } from "../../lambda/http/cert-url";
import { RequestRefused } from "../../lambda/http/refusal";
import { checkTimestamp } from "../../lambda/http/request-timestamp";
import { readSignatureHeaders } from "../../lambda/http/signature-headers";

const SIGNATURE = Buffer.alloc(256, 7).toString("base64");
const CERT = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem";

function refusal(run: () => unknown): RequestRefused {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestRefused) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("SignatureCertChainUrl, normalised then checked", () => {
  // Amazon's own examples (Host a custom skill as a web service, "Verify the signature
  // certificate URL"), then the ones ask-sdk-express-adapter 2.14.0 let through.
  it.each([
    ["https://s3.amazonaws.com/echo.api/echo-api-cert.pem", CERT],
    ["https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem", CERT],
    ["https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem", CERT],
    ["HTTPS://S3.AmazonAWS.com/echo.api/echo-api-cert.pem", CERT],
    ["https://s3.amazonaws.com/%65cho.api/echo-api-cert.pem", CERT],
    ["https://s3.amazonaws.com/echo.api/./echo-api-cert.pem", CERT],
  ])("accepts %s as %s", (raw, normal) => {
    expect(normaliseCertUrl(raw).href).toBe(normal);
  });

  it.each([
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
    // Out of the bucket by dot segments, plain or percent-encoded:
    "https://s3.amazonaws.com/echo.api/../attacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api/%2e%2e/attacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api/%2E%2e/attacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api/.%2e/attacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api\\..\\attacker-bucket\\cert.pem",
    // ...or by a slash that only appears once decoded:
    "https://s3.amazonaws.com/echo.api/..%2fattacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api%2f..%2fattacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api/%2e%2e%5cattacker-bucket/cert.pem",
    "https://s3.amazonaws.com/echo.api/cert%00.pem",
    "https://s3.amazonaws.com/echo.api/%zz.pem",
    "https://s3.amazonaws.com/echo.api//cert.pem",
    "https://s3.amazonaws.com/echo.api/",
    "https://s3.amazonaws.com/echo.api",
    "https://s3.amazonaws.com.evil.example/echo.api/cert.pem",
    "https://evil.example/@s3.amazonaws.com/echo.api/cert.pem",
    "https://user@s3.amazonaws.com/echo.api/cert.pem",
    "https://s3.amazonaws.com./echo.api/cert.pem",
    "https://s3.amazonaws.com/echo.api/cert.pem?versionId=1",
    "https://s3.amazonaws.com/echo.api/cert.pem#x",
    `${CERT}, https://s3.amazonaws.com/echo.api/other.pem`,
    `https://s3.amazonaws.com/echo.api/${"a".repeat(1100)}.pem`,
    "s3.amazonaws.com/echo.api/cert.pem",
    "not a url",
  ])("refuses %s", (raw) => {
    expect(refusal(() => normaliseCertUrl(raw)).status).toBe(400);
  });
});

describe("signature headers, checked before the body is read", () => {
  const headers = (h: Record<string, string>) => h;

  it("reads a well-formed pair", () => {
    const read = readSignatureHeaders(
      headers({ signaturecertchainurl: CERT, "signature-256": SIGNATURE }),
    );
    expect(read.certUrl.href).toBe(CERT);
    expect(read.signature).toEqual(Buffer.alloc(256, 7));
  });

  it.each([
    ["no header at all", {}],
    ["no certificate URL", { "signature-256": SIGNATURE }],
    ["an empty certificate URL", { signaturecertchainurl: "", "signature-256": SIGNATURE }],
    ["no Signature-256", { signaturecertchainurl: CERT }],
    ["only the legacy SHA-1 Signature", { signaturecertchainurl: CERT, signature: SIGNATURE }],
    ["an empty signature", { signaturecertchainurl: CERT, "signature-256": "" }],
    ["a signature that is not base64", { signaturecertchainurl: CERT, "signature-256": "no!" }],
    [
      "base64 with junk in it",
      {
        signaturecertchainurl: CERT,
        "signature-256": `${SIGNATURE.slice(0, 100)}*${SIGNATURE.slice(101)}`,
      },
    ],
    ["unpadded base64", { signaturecertchainurl: CERT, "signature-256": SIGNATURE.slice(0, -1) }],
    [
      "two joined signatures",
      { signaturecertchainurl: CERT, "signature-256": `${SIGNATURE}, ${SIGNATURE}` },
    ],
    ["a signature too short for RSA", { signaturecertchainurl: CERT, "signature-256": "AAAA" }],
    [
      "a signature longer than any RSA key",
      { signaturecertchainurl: CERT, "signature-256": Buffer.alloc(1025).toString("base64") },
    ],
    [
      "a refused certificate URL",
      {
        signaturecertchainurl: "https://s3.amazonaws.com/echo.api/../x/c.pem",
        "signature-256": SIGNATURE,
      },
    ],
  ])("refuses %s", (_, h) => {
    expect(refusal(() => readSignatureHeaders(h)).status).toBe(400);
  });
});

describe("the request timestamp: parseable, within 150 s of now either way", () => {
  const now = Date.parse("2026-06-01T12:00:00Z");
  const at = (timestamp: unknown) => ({ request: { type: "LaunchRequest", timestamp } });
  const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();

  it.each([
    ["now", iso(0)],
    ["150 s ago", iso(-150_000)],
    ["150 s ahead", iso(150_000)],
    ["without milliseconds", "2026-06-01T12:01:00Z"],
    ["with an offset", "2026-06-01T14:00:00+02:00"],
  ])("accepts %s", (_, timestamp) => {
    expect(() => checkTimestamp(at(timestamp), now)).not.toThrow();
  });

  it.each([
    ["not a date", "not-a-date"],
    ["151 s ahead", iso(151_000)],
    ["a year ahead", iso(365 * 86_400_000)],
    ["151 s ago", iso(-151_000)],
    ["a year ago", iso(-365 * 86_400_000)],
    ["a date Date.parse reads but Alexa never sends", "June 1, 2026 12:00:00 GMT"],
    ["a month that does not exist", "2026-13-01T12:00:00Z"],
    ["a number", now],
    ["nothing", undefined],
  ])("refuses %s", (_, timestamp) => {
    expect(refusal(() => checkTimestamp(at(timestamp), now)).status).toBe(400);
  });

  it.each([null, [], "x", { request: null }, { request: [] }])(
    "refuses the envelope %j",
    (envelope) => {
      expect(refusal(() => checkTimestamp(envelope, now)).status).toBe(400);
    },
  );
});
