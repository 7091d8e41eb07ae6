import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Download, downloadCertificate } from "../../lambda/http/certificate-download";

/**
 * Amazon's certificate bucket, played on loopback: serves PEMs by path, records every GET,
 * can hold its answers until released, and never answers the paths in `hang`. Its download
 * is the real one (lambda/http/certificate-download.ts), pointed at this server instead of
 * s3.amazonaws.com: the HTTP boundary is the only thing faked.
 */
export class FakeS3 {
  /** The paths requested, in order. */
  readonly gets: string[] = [];
  /** Paths that get no answer at all; their requests' closings are counted in `dropped`. */
  readonly hang = new Set<string>();
  dropped = 0;
  private held: Promise<void> | undefined;
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    private readonly files: Map<string, string>,
  ) {}

  static async start(files: Record<string, string>): Promise<FakeS3> {
    const server = createServer();
    const fake = new FakeS3(server, new Map(Object.entries(files)));
    server.on("request", (req, res) => fake.answer(req.url ?? "", res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  /** The download the verifier gets: same path, this server. */
  readonly download: Download = (url, signal) => {
    const { port } = this.server.address() as AddressInfo;
    return downloadCertificate(new URL(url.pathname, `http://127.0.0.1:${port}`), signal);
  };

  /** Holds every answer until the returned function is called. */
  hold(): () => void {
    let release = () => {};
    this.held = new Promise((resolve) => {
      release = () => {
        this.held = undefined;
        resolve();
      };
    });
    return release;
  }

  /** Resolves once `condition` holds, checked whenever a GET arrives or is dropped. */
  async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((wake) => this.waiters.push(wake));
  }

  reset(): void {
    this.gets.length = 0;
    this.hang.clear();
    this.dropped = 0;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private changed(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async answer(path: string, res: ServerResponse): Promise<void> {
    this.gets.push(path);
    this.changed();
    if (this.hang.has(path)) {
      res.on("close", () => {
        this.dropped++;
        this.changed();
      });
      return;
    }
    await this.held;
    const pem = this.files.get(path);
    res.writeHead(pem === undefined ? 404 : 200, { "content-type": "application/x-pem-file" });
    res.end(pem ?? "<Error><Code>NoSuchKey</Code></Error>");
  }
}
