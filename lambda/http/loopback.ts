import { isIP } from "node:net";

/** Hosts only this machine can reach: the one place an unverified endpoint may listen. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || (isIP(host) === 4 && host.startsWith("127."));
}
