import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CERTIFICATE_TTL_MS,
  CertificateStore,
  MAX_CACHED_CERTIFICATES,
  MAX_DOWNLOADS_IN_FLIGHT,
} from "../../lambda/http/certificate-store";

const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const url = (name: string) => new URL(`https://s3.amazonaws.com/echo.api/${name}.pem`);

/** A store over a scripted download: each download waits until the test settles it. */
function scripted(options: { validUntil?: number; timeoutMs?: number } = {}) {
  const downloads: { url: string; signal: AbortSignal; settle: (pem: string | Error) => void }[] =
    [];
  let now = 1_000_000;
  const store = new CertificateStore({
    download: (u, signal) =>
      new Promise((resolve, reject) => {
        downloads.push({
          url: u.pathname,
          signal,
          settle: (pem) => (pem instanceof Error ? reject(pem) : resolve(pem)),
        });
      }),
    trust: (pem) => {
      if (pem !== "good") throw new Error("untrusted");
      return { key: publicKey, validUntil: options.validUntil ?? Number.POSITIVE_INFINITY };
    },
    now: () => now,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const settled = async (pending: Promise<KeyObject>) => {
    await Promise.resolve();
    for (const d of downloads.splice(0)) d.settle("good");
    return pending;
  };
  return { store, downloads, settled, advance: (ms: number) => (now += ms) };
}

describe("the certificate store", () => {
  it("makes one download for many concurrent requests for one URL; they all share it", async () => {
    const { store, downloads } = scripted();
    const waiting = Array.from({ length: 20 }, () => store.signingKey(url("a")));
    expect(downloads).toHaveLength(1);
    downloads[0]?.settle("good");
    const keys = await Promise.all(waiting);
    expect(keys.every((key) => key === publicKey)).toBe(true);
    await store.signingKey(url("a"));
    expect(downloads).toHaveLength(1);
  });

  it("shares a failure too, and does not remember it: the next request downloads again", async () => {
    const { store, downloads } = scripted();
    const waiting = Array.from({ length: 5 }, () => store.signingKey(url("a")));
    downloads[0]?.settle(new Error("503"));
    const results = await Promise.allSettled(waiting);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(downloads).toHaveLength(1);
    const again = store.signingKey(url("a"));
    expect(downloads).toHaveLength(2);
    downloads[1]?.settle("good");
    expect(await again).toBe(publicKey);
  });

  it("refuses a chain its trust check refuses, and caches nothing for it", async () => {
    const { store, downloads } = scripted();
    const pending = store.signingKey(url("a"));
    downloads[0]?.settle("forged");
    await expect(pending).rejects.toThrow("untrusted");
    void store.signingKey(url("a")).catch(() => {});
    expect(downloads).toHaveLength(2);
  });

  it(`keeps at most ${MAX_CACHED_CERTIFICATES} certificates, dropping the least recently used`, async () => {
    const { store, downloads, settled } = scripted();
    for (let i = 0; i < MAX_CACHED_CERTIFICATES; i++) await settled(store.signingKey(url(`c${i}`)));
    await store.signingKey(url("c0")); // c0 used again: c1 is now the oldest
    await settled(store.signingKey(url("new")));
    expect(downloads).toHaveLength(0);
    await store.signingKey(url("c0"));
    expect(downloads).toHaveLength(0);
    void store.signingKey(url("c1"));
    expect(downloads.map((d) => d.url)).toEqual(["/echo.api/c1.pem"]);
  });

  it(`downloads at most ${MAX_DOWNLOADS_IN_FLIGHT} URLs at once and refuses one more at once`, async () => {
    const { store, downloads } = scripted();
    const waiting = Array.from({ length: MAX_DOWNLOADS_IN_FLIGHT }, (_, i) =>
      store.signingKey(url(`u${i}`)),
    );
    await expect(store.signingKey(url("one-more"))).rejects.toThrow(/in flight/);
    // A request for a URL already on its way still joins it.
    waiting.push(store.signingKey(url("u0")));
    expect(downloads).toHaveLength(MAX_DOWNLOADS_IN_FLIGHT);
    for (const d of downloads) d.settle("good");
    await Promise.all(waiting);
  });

  it("fetches a certificate again when it stops being in force, or after its time to live", async () => {
    const expiring = scripted({ validUntil: 1_000_000 + 60_000 });
    await expiring.settled(expiring.store.signingKey(url("a")));
    expiring.advance(59_999);
    await expiring.store.signingKey(url("a"));
    expect(expiring.downloads).toHaveLength(0);
    expiring.advance(1);
    void expiring.store.signingKey(url("a"));
    expect(expiring.downloads).toHaveLength(1);

    const lasting = scripted();
    await lasting.settled(lasting.store.signingKey(url("a")));
    lasting.advance(CERTIFICATE_TTL_MS - 1);
    await lasting.store.signingKey(url("a"));
    expect(lasting.downloads).toHaveLength(0);
    lasting.advance(1);
    void lasting.store.signingKey(url("a"));
    expect(lasting.downloads).toHaveLength(1);
  });

  it("gives up on a download that outlasts its deadline, even one that ignores its signal", async () => {
    const { store, downloads } = scripted({ timeoutMs: 50 });
    const started = performance.now();
    await expect(store.signingKey(url("slow"))).rejects.toThrow(/timed out/);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(downloads[0]?.signal.aborted).toBe(true);
    // The URL is free again: the next request makes a new download.
    void store.signingKey(url("slow")).catch(() => {});
    expect(downloads).toHaveLength(2);
  });
});
