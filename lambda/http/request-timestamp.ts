import { isRecord } from "../is-record";
import { RequestRefused } from "./refusal";

/**
 * Alexa's replay rule: a request's timestamp is at most 150 seconds from now, in either
 * direction (a timestamp from the future is as replayable as an old one). Alexa sends ISO
 * 8601 in UTC; anything else Date.parse happens to read ("1", "March 7") is refused.
 */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export function checkTimestamp(envelope: unknown, now: number): void {
  const request = isRecord(envelope) ? envelope.request : undefined;
  const timestamp = isRecord(request) ? request.timestamp : undefined;
  const at =
    typeof timestamp === "string" && ISO_8601.test(timestamp) ? Date.parse(timestamp) : NaN;
  if (!Number.isFinite(at)) {
    throw new RequestRefused(400, "request timestamp missing or not ISO 8601");
  }
  if (Math.abs(now - at) > TIMESTAMP_TOLERANCE_MS) {
    throw new RequestRefused(400, "request timestamp more than 150 s from now");
  }
}
