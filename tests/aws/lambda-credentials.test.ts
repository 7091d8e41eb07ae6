import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultProvider, REFRESH_MS } from "../../lambda/aws/lambda-credentials";

/**
 * The Lambda bundle's credential provider (an alias for the SDK's default chain). The SDK asks
 * it for credentials on every call and leaves the caching to it, as the real chain caches.
 */
const KEYS = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_CREDENTIAL_EXPIRATION",
] as const;
let saved: Partial<Record<(typeof KEYS)[number], string>>;

beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
  for (const key of KEYS) delete process.env[key];
});
afterEach(() => {
  vi.useRealTimers();
  for (const key of KEYS) {
    const value = saved[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

function giveRole(name: string, expiration?: Date): void {
  process.env.AWS_ACCESS_KEY_ID = `AKIA${name}`;
  process.env.AWS_SECRET_ACCESS_KEY = `secret-${name}`;
  process.env.AWS_SESSION_TOKEN = `token-${name}`;
  if (expiration) process.env.AWS_CREDENTIAL_EXPIRATION = expiration.toISOString();
  else delete process.env.AWS_CREDENTIAL_EXPIRATION;
}

describe("the Lambda credential provider", () => {
  it("reads the environment once, not on every call", async () => {
    giveRole("FIRST");
    const provider = defaultProvider();
    const first = await provider();
    giveRole("SECOND");
    const again = await provider();
    expect(again).toBe(first);
    expect(again).toMatchObject({ accessKeyId: "AKIAFIRST", sessionToken: "token-FIRST" });
  });

  it("gives calls made at once the same read", async () => {
    giveRole("FIRST");
    const provider = defaultProvider();
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(b).toBe(a);
  });

  it("does not keep a failed read: credentials that appear later are found", async () => {
    const provider = defaultProvider();
    await expect(provider()).rejects.toThrow(/environment variable credentials/);
    giveRole("LATER");
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "AKIALATER" });
  });

  it("reads again once credentials near the expiry they carry", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-02T08:00:00Z"), toFake: ["Date"] });
    giveRole("FIRST", new Date(Date.now() + REFRESH_MS + 60_000));
    const provider = defaultProvider();
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "AKIAFIRST" });
    giveRole("SECOND", new Date(Date.now() + 60 * 60_000));
    // A minute of the first set's life left before the refresh margin: still kept.
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "AKIAFIRST" });
    vi.setSystemTime(Date.now() + 2 * 60_000);
    await expect(provider()).resolves.toMatchObject({ accessKeyId: "AKIASECOND" });
  });
});
