import type { KeyObject } from "node:crypto";
import type { TrustedKey } from "./certificate-chain";
import type { Download } from "./certificate-download";

/**
 * Caps. Alexa signs with one certificate URL at a time (a new one every year or so), so a few
 * entries cover a rotation with room to spare, and anyone can make us fetch only from
 * Amazon's echo.api bucket, a few URLs at once, each for a few seconds at most.
 */
/** Certificates kept, least recently used dropped first. */
export const MAX_CACHED_CERTIFICATES = 8;
/** Downloads of different URLs at once; one more is refused, not queued. */
export const MAX_DOWNLOADS_IN_FLIGHT = 4;
/** A download slower than this fails the requests that wait for it (Alexa waits 8 s in all). */
export const DOWNLOAD_TIMEOUT_MS = 3_000;
/** A certificate is fetched again after this, or sooner when it stops being in force. */
export const CERTIFICATE_TTL_MS = 60 * 60_000;

export interface CertificateStoreOptions {
  readonly download: Download;
  /** Checks a downloaded chain against Alexa's rules at `now` (certificate-chain.ts). */
  readonly trust: (pem: string, now: number) => TrustedKey;
  readonly now: () => number;
  readonly timeoutMs?: number;
}

interface Entry {
  readonly key: KeyObject;
  readonly usableUntil: number;
}

/**
 * Signing keys by certificate URL: a bounded cache, and one download per URL at a time that
 * every request for that URL waits on. A failed download is not remembered: the next request
 * tries again (a failure Alexa's own URL had would otherwise stick).
 */
export class CertificateStore {
  readonly #cached = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<Entry>>();

  constructor(private readonly options: CertificateStoreOptions) {}

  async signingKey(url: URL): Promise<KeyObject> {
    const id = url.href;
    const cached = this.#cached.get(id);
    this.#cached.delete(id);
    if (cached && this.options.now() < cached.usableUntil) {
      this.#cached.set(id, cached); // most recently used goes last
      return cached.key;
    }
    let loading = this.#inFlight.get(id);
    if (!loading) {
      if (this.#inFlight.size >= MAX_DOWNLOADS_IN_FLIGHT) {
        throw new Error(`${MAX_DOWNLOADS_IN_FLIGHT} certificate downloads already in flight`);
      }
      loading = this.#load(url).finally(() => this.#inFlight.delete(id));
      this.#inFlight.set(id, loading);
    }
    return (await loading).key;
  }

  async #load(url: URL): Promise<Entry> {
    const signal = AbortSignal.timeout(this.options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
    // The race keeps the deadline even if a download ignores its signal.
    const pem = await Promise.race([this.options.download(url, signal), rejectOnAbort(signal)]);
    const now = this.options.now();
    const { key, validUntil } = this.options.trust(pem, now);
    const entry = { key, usableUntil: Math.min(validUntil, now + CERTIFICATE_TTL_MS) };
    this.#cached.set(url.href, entry);
    for (const oldest of this.#cached.keys()) {
      if (this.#cached.size <= MAX_CACHED_CERTIFICATES) break;
      this.#cached.delete(oldest);
    }
    return entry;
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(new Error("certificate download timed out")), {
      once: true,
    });
  });
}
