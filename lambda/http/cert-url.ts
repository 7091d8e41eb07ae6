import { RequestRefused } from "./refusal";

/**
 * Alexa's rules for SignatureCertChainUrl: https, host s3.amazonaws.com, port 443, a path in
 * the echo.api bucket. The rules hold for the URL as it will be fetched, so dot segments
 * (`..`, `%2e%2e`) are resolved and percent-encoding decoded before they are checked; the
 * URL returned is the one to download and to cache under, never the raw header.
 */
export const MAX_CERT_URL_LENGTH = 1024;

const HOST = "s3.amazonaws.com";
const BUCKET = "echo.api";
/** Visible ASCII only: a space or comma means two headers were joined, or worse. */
const PLAIN = /^[\x21-\x7e]+$/;

export function normaliseCertUrl(raw: string): URL {
  const refuse = (rule: string) =>
    new RequestRefused(400, `SignatureCertChainUrl refused: ${rule}`);
  if (raw.length > MAX_CERT_URL_LENGTH || !PLAIN.test(raw)) throw refuse("not a plain URL");
  let url: URL;
  try {
    // WHATWG parsing lowercases scheme and host, drops a default port and resolves dot
    // segments, including their percent-encoded forms, as the downloader would.
    url = new URL(raw);
  } catch {
    throw refuse("not a URL");
  }
  if (url.protocol !== "https:") throw refuse("scheme must be https");
  if (url.hostname !== HOST) throw refuse(`host must be ${HOST}`);
  if (url.port !== "") throw refuse("port must be 443");
  if (url.username || url.password) throw refuse("no user info allowed");
  // A query selects something else than the object (?versionId=, ?acl); a fragment is noise.
  if (url.search || url.hash) throw refuse("no query or fragment allowed");
  const segments = decodedSegments(url.pathname);
  if (!segments || segments[0] !== BUCKET || segments.length < 2) {
    throw refuse(`path must be /${BUCKET}/…`);
  }
  // One spelling per object: the cache cannot be filled with aliases of one certificate.
  url.pathname = `/${segments.map(encodeURIComponent).join("/")}`;
  return url;
}

/** A slash or backslash (another folder), or a control character (not a key Amazon uses). */
const UNSAFE_IN_SEGMENT = /[/\\]|[^\x20-\x7e\x80-\uffff]/;

/** The path's segments, decoded; undefined when one could still move out of its folder. */
function decodedSegments(pathname: string): string[] | undefined {
  const segments: string[] = [];
  for (const encoded of pathname.slice(1).split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
    if (segment === "" || segment === "." || segment === ".." || UNSAFE_IN_SEGMENT.test(segment)) {
      return undefined;
    }
    segments.push(segment);
  }
  return segments;
}
