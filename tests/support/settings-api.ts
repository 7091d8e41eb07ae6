import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SettingsApi {
  readonly endpoint: string;
  /** The time zone to report per device id; a device not listed gets a 500. */
  readonly timeZones: Map<string, string>;
  /** Paths asked for, to check how often the skill calls out. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * The Alexa Settings API, faked at its HTTP boundary on loopback: the skill's real client
 * makes a real HTTP call to it (Alexa's cloud cannot run here).
 */
export async function startSettingsApi(): Promise<SettingsApi> {
  const timeZones = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const match = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(req.url ?? "");
    const zone = match?.[1] ? timeZones.get(decodeURIComponent(match[1])) : undefined;
    if (req.headers.authorization !== "Bearer test-access-token" || !zone) {
      res.writeHead(zone ? 403 : 500).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(zone));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    timeZones,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
