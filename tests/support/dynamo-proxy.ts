import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * pass: forward; slow: forward after delayMs; throttle: answer as DynamoDB does when it
 * throttles; empty: answer every call with an empty result after delayMs, without DynamoDB (a
 * healthy store of fixed speed, for measuring the client alone).
 */
export type ProxyMode = "pass" | "slow" | "throttle" | "empty";

export interface DynamoProxy {
  readonly endpoint: string;
  mode: ProxyMode;
  /** How long "slow" holds each answer. */
  delayMs: number;
  /** Requests seen, by DynamoDB operation (X-Amz-Target), for counting. */
  readonly operations: string[];
  /** When set, the mode applies to these operations only ("Query"); the rest pass. */
  only: readonly string[] | undefined;
  /**
   * When set, the mode applies only to requests whose body holds this text (`WORKOUT#`: the
   * history's Query, not the one that reads the user's record); the rest pass.
   */
  bodyIncludes: string | undefined;
  close(): Promise<void>;
}

/**
 * A fault injector in front of DynamoDB, at the HTTP boundary: passes requests through, holds
 * them past the client's timeout, or answers as DynamoDB does when it throttles.
 */
export async function startDynamoProxy(target: string): Promise<DynamoProxy> {
  const upstream = new URL(target);
  const proxy: DynamoProxy = {
    endpoint: "",
    mode: "pass",
    delayMs: 2000,
    operations: [],
    only: undefined,
    bodyIncludes: undefined,
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const operation =
      String(req.headers["x-amz-target"] ?? "")
        .split(".")
        .pop() ?? "";
    proxy.operations.push(operation);
    // Read whole before anything is decided: a request is a few kilobytes at most.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const targeted =
      (!proxy.only || proxy.only.includes(operation)) &&
      (proxy.bodyIncludes === undefined || body.includes(proxy.bodyIncludes));
    const mode = targeted ? proxy.mode : "pass";
    if (mode === "empty") {
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
        res.end("{}");
      }, proxy.delayMs);
      return;
    }
    if (mode === "throttle") {
      res.writeHead(400, { "content-type": "application/x-amz-json-1.0" });
      res.end(
        JSON.stringify({
          __type: "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
          message: "The level of configured provisioned throughput for the table was exceeded.",
        }),
      );
      return;
    }
    const forward = () => {
      const out = request(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
        },
      );
      out.on("error", () => res.destroy());
      out.end(body);
    };
    // A request whose client gave up while held is lost, as on a congested network.
    if (mode === "slow")
      setTimeout(() => (req.socket.destroyed ? res.destroy() : forward()), proxy.delayMs);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
