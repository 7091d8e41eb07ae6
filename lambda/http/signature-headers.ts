import type { IncomingHttpHeaders } from "node:http";
import { normaliseCertUrl } from "./cert-url";
import { RequestRefused } from "./refusal";

/** What Alexa's signature headers say, checked for form: where the certificate is, the signature. */
export interface SignedBy {
  readonly certUrl: URL;
  readonly signature: Buffer;
}

/** An RSA signature is as long as its key: 1024 to 8192 bits. */
export const MIN_SIGNATURE_BYTES = 128;
export const MAX_SIGNATURE_BYTES = 1024;

/** Canonical base64 (Buffer.from would skip any character it does not know). */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Reads SignatureCertChainUrl and Signature-256 (SHA-256 with RSA), refusing a request that
 * lacks either or carries a malformed one, before its body is read and before any download.
 * The legacy SHA-1 `Signature` header is not enough on its own and is otherwise ignored.
 */
export function readSignatureHeaders(headers: IncomingHttpHeaders): SignedBy {
  const url = headers.signaturecertchainurl;
  const signature = headers["signature-256"];
  if (typeof url !== "string" || url === "") {
    throw new RequestRefused(400, "SignatureCertChainUrl header missing");
  }
  if (typeof signature !== "string" || signature === "") {
    throw new RequestRefused(400, "Signature-256 header missing");
  }
  // Node joins repeated headers with ", ", which neither check below lets through.
  const wellFormed = BASE64.test(signature) && signature.length % 4 === 0;
  const bytes = wellFormed ? Buffer.from(signature, "base64") : undefined;
  if (!bytes || bytes.length < MIN_SIGNATURE_BYTES || bytes.length > MAX_SIGNATURE_BYTES) {
    throw new RequestRefused(400, "Signature-256 header malformed");
  }
  return { certUrl: normaliseCertUrl(url), signature: bytes };
}
