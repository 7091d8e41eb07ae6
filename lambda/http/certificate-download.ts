import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";

/** Fetches a certificate chain; the verifier passes a URL it has checked and a deadline. */
export type Download = (url: URL, signal: AbortSignal) => Promise<string>;

/** Amazon's chain is about 5 KB of PEM; a larger answer is not a certificate worth reading. */
export const MAX_CERTIFICATE_BYTES = 64 * 1024;

/**
 * One GET, no redirects followed (the URL rules hold for this URL only), 200 or nothing, at
 * most MAX_CERTIFICATE_BYTES read. Plain http only for tests, which play S3 on loopback.
 */
export const downloadCertificate: Download = (url, signal) =>
  new Promise((resolve, reject) => {
    const get = url.protocol === "https:" ? httpsGet : httpGet;
    const request = get(url, { signal }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`certificate download answered ${response.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CERTIFICATE_BYTES) {
          request.destroy(new Error(`certificate larger than ${MAX_CERTIFICATE_BYTES} bytes`));
        } else chunks.push(chunk);
      });
      response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
