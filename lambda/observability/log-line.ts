import { writeSync } from "node:fs";

/** Where a line goes: 1 is stdout, 2 is stderr. */
export type LogStream = 1 | 2;

/** Streams that have had to queue a line: from then on every line queues, so none overtakes. */
const queuing = new Set<LogStream>();

/**
 * Writes one line to stdout or stderr. Straight to the file descriptor, as Lambda's own runtime
 * writes its log frames: `process.stdout` would do the same once created, but a Lambda creates
 * it with the first line it writes, a cold start's metrics (about 1 ms here: a socket for the
 * pipe and its stream). When the pipe is full (EAGAIN) the rest of the line, and every line
 * after it, goes through `process.stdout` (or stderr), which queues rather than blocks. A line
 * that cannot be written at all is dropped: a log line must never fail the request it describes.
 */
export function writeLine(stream: LogStream, line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let written = 0;
  if (!queuing.has(stream)) {
    try {
      while (written < bytes.length) written += writeSync(stream, bytes, written);
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EAGAIN") return;
      queuing.add(stream);
    }
  }
  (stream === 1 ? process.stdout : process.stderr).write(bytes.subarray(written));
}
