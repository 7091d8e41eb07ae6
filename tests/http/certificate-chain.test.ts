import { X509Certificate } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { defaultRoots, trustChain } from "../../lambda/http/certificate-chain";
import { alexaLikeChain, TestPki } from "./test-pki";

const pki = new TestPki();
afterAll(() => pki.close());
const { root, intermediate, signing, chainPem } = alexaLikeChain(pki);
const roots = [new X509Certificate(root.pem)];
const DAY = 86_400_000;

describe("the signing certificate chain, by Alexa's rules", () => {
  it("trusts echo-api.amazon.com signed by an intermediate of a trusted root", () => {
    const trusted = trustChain(chainPem, roots, Date.now());
    expect(trusted.key.equals(new X509Certificate(signing.pem).publicKey)).toBe(true);
    // Usable until the first certificate of the chain stops being in force (the test's
    // certificates are made a moment apart, so any of them may be the first to expire).
    const expiries = [signing, intermediate, root].map((c) =>
      Date.parse(new X509Certificate(c.pem).validTo),
    );
    expect(trusted.validUntil).toBe(Math.min(...expiries));
  });

  it("trusts a chain that carries its root too", () => {
    expect(() => trustChain(chainPem + root.pem, roots, Date.now())).not.toThrow();
  });

  it("refuses a chain missing its intermediate", () => {
    expect(() => trustChain(signing.pem, roots, Date.now())).toThrow(/trusted root/);
  });

  it("refuses a chain to a root nobody trusts", () => {
    const other = pki.issue({ subject: "Test Root CA", ca: true });
    expect(() => trustChain(chainPem, [new X509Certificate(other.pem)], Date.now())).toThrow(
      /trusted root/,
    );
    expect(() => trustChain(chainPem, defaultRoots(), Date.now())).toThrow(/trusted root/);
  });

  it("refuses a signing certificate without echo-api.amazon.com among its SANs", () => {
    const cases = [
      { subject: "echo-api.amazon.com" }, // in the CN only
      { subject: "evil", san: ["echo-api.amazon.com.evil.example", "amazon.com"] },
      { subject: "wild", san: ["*.amazon.com"] },
    ];
    for (const options of cases) {
      const leaf = pki.issue({ ...options, issuer: intermediate });
      expect(
        () => trustChain(leaf.pem + intermediate.pem, roots, Date.now()),
        options.subject,
      ).toThrow(/not a SAN/);
    }
  });

  it("refuses a chain whose certificates are not in force at the verifier's clock", () => {
    expect(() => trustChain(chainPem, roots, Date.now() + 3 * DAY)).toThrow(/not in force/);
    expect(() => trustChain(chainPem, roots, Date.now() - DAY)).toThrow(/not in force/);
  });

  it("refuses a certificate signed by one that is not a CA", () => {
    const notCa = pki.issue({ subject: "Not a CA", san: ["echo-api.amazon.com"], issuer: root });
    const leaf = pki.issue({
      subject: "echo-api.amazon.com",
      san: ["echo-api.amazon.com"],
      issuer: notCa,
    });
    expect(() => trustChain(leaf.pem + notCa.pem, roots, Date.now())).toThrow(/trusted root/);
  });

  it("refuses a chain given in the wrong order", () => {
    expect(() => trustChain(intermediate.pem + signing.pem, roots, Date.now())).toThrow(
      /not a SAN/,
    );
  });

  it("refuses anything that is not a short PEM chain", () => {
    expect(() => trustChain("", roots, Date.now())).toThrow(/no certificate/);
    expect(() => trustChain("<Error>AccessDenied</Error>", roots, Date.now())).toThrow(
      /no certificate/,
    );
    expect(() =>
      trustChain("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", roots, Date.now()),
    ).toThrow();
    expect(() => trustChain(chainPem.repeat(3), roots, Date.now())).toThrow(/more than 5/);
  });
});
