import { type KeyObject, X509Certificate } from "node:crypto";
import { rootCertificates } from "node:tls";

/**
 * Alexa's rules for the signing certificate chain: the first certificate names
 * echo-api.amazon.com among its Subject Alternative Names, every certificate is in force now,
 * and the chain leads, each certificate signed by the next (a CA), to a trusted root.
 */
export const ALEXA_SIGNING_DOMAIN = "echo-api.amazon.com";
/** Amazon's chain is the signing certificate and one or two CAs; more is not Amazon's. */
export const MAX_CHAIN_CERTIFICATES = 5;

export interface TrustedKey {
  /** The signing certificate's public key: what checks the request's signature. */
  readonly key: KeyObject;
  /** When the first certificate of the chain (or its root) stops being in force. */
  readonly validUntil: number;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/** Node's bundled Mozilla roots, as the express adapter trusts them; parsed once, when needed. */
let bundledRoots: readonly X509Certificate[] | undefined;
export function defaultRoots(): readonly X509Certificate[] {
  bundledRoots ??= rootCertificates.map((pem) => new X509Certificate(pem));
  return bundledRoots;
}

/** The signing key of a PEM chain that follows Alexa's rules; throws saying which rule failed. */
export function trustChain(
  pem: string,
  roots: readonly X509Certificate[],
  now: number,
): TrustedKey {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) throw new Error("no certificate in the download");
  if (blocks.length > MAX_CHAIN_CERTIFICATES) {
    throw new Error(`more than ${MAX_CHAIN_CERTIFICATES} certificates in the chain`);
  }
  const chain = blocks.map((block) => new X509Certificate(block));
  const [signing] = chain as [X509Certificate];
  // SANs only (never the subject's CN) and no wildcard: the rule names the domain itself.
  if (!signing.checkHost(ALEXA_SIGNING_DOMAIN, { subject: "never", wildcards: false })) {
    throw new Error(`${ALEXA_SIGNING_DOMAIN} is not a SAN of the signing certificate`);
  }
  let validUntil = Number.POSITIVE_INFINITY;
  for (const [i, cert] of chain.entries()) {
    validUntil = Math.min(validUntil, inForceUntil(cert, now));
    const root =
      roots.find((r) => r.fingerprint256 === cert.fingerprint256) ??
      roots.find((r) => signedBy(cert, r));
    if (root)
      return { key: signing.publicKey, validUntil: Math.min(validUntil, inForceUntil(root, now)) };
    const issuer = chain[i + 1];
    if (!issuer?.ca || !signedBy(cert, issuer)) break;
  }
  throw new Error("the chain does not lead to a trusted root");
}

function signedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

function inForceUntil(cert: X509Certificate, now: number): number {
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (!(now >= from && now <= to)) throw new Error(`${cert.subject} is not in force`);
  return to;
}
