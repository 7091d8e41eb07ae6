import { type KeyObject, verify, X509Certificate } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { defaultRoots, trustChain } from "./certificate-chain";
import { type Download, downloadCertificate } from "./certificate-download";
import { CertificateStore } from "./certificate-store";
import { RequestRefused } from "./refusal";
import { checkTimestamp } from "./request-timestamp";
import { readSignatureHeaders, type SignedBy } from "./signature-headers";

export interface AlexaVerifierOptions {
  /** Where certificates come from; tests play S3 on loopback. */
  readonly download?: Download;
  /** Trusted roots (PEM); Node's bundled Mozilla roots unless a test brings its own CA. */
  readonly roots?: readonly string[];
  /** The clock for timestamps and certificate validity. */
  readonly now?: () => number;
  readonly downloadTimeoutMs?: number;
}

/**
 * Alexa's rules for a request to a web service, in the order that costs least to refuse:
 * the signature headers (before the body is read), the timestamp (before any download), then
 * the certificate chain and the signature over the body's exact bytes.
 */
export class AlexaVerifier {
  readonly #store: CertificateStore;
  readonly #now: () => number;

  constructor(options: AlexaVerifierOptions = {}) {
    const now = options.now ?? Date.now;
    const roots = options.roots ? options.roots.map((pem) => new X509Certificate(pem)) : undefined;
    this.#now = now;
    this.#store = new CertificateStore({
      download: options.download ?? downloadCertificate,
      trust: (pem, at) => trustChain(pem, roots ?? defaultRoots(), at),
      now,
      ...(options.downloadTimeoutMs ? { timeoutMs: options.downloadTimeoutMs } : {}),
    });
  }

  /** Throws RequestRefused unless both signature headers are there and well-formed. */
  readHeaders(headers: IncomingHttpHeaders): SignedBy {
    return readSignatureHeaders(headers);
  }

  /** Throws RequestRefused unless the request is fresh and signed by Alexa's certificate. */
  async verify(signedBy: SignedBy, body: Buffer, envelope: unknown): Promise<void> {
    checkTimestamp(envelope, this.#now());
    const key = await this.#store.signingKey(signedBy.certUrl).catch((cause: unknown) => {
      throw new RequestRefused(400, "signing certificate refused", { cause });
    });
    if (!signs(key, body, signedBy.signature)) {
      throw new RequestRefused(400, "signature does not match the body");
    }
  }
}

/** RSA PKCS#1 v1.5 with SHA-256, as Alexa signs; a key that cannot check it does not sign. */
function signs(key: KeyObject, body: Buffer, signature: Buffer): boolean {
  try {
    return verify("sha256", body, key, signature);
  } catch {
    return false;
  }
}
