import express, { type RequestHandler } from "express";
import { RequestRefused } from "./refusal";

/**
 * The most a request body may hold. An Alexa request is the device's context plus the session
 * attributes Back Coach itself sent last turn, which it keeps small (turn/limits.ts): a few KB,
 * rarely 10 KB. 64 KiB leaves room for richer device context and keeps a flood of large
 * bodies cheap to turn away (413 as soon as Content-Length says so).
 */
export const MAX_BODY_BYTES = 64 * 1024;

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** Alexa sends UTF-8 JSON; a body in any other charset would not be the bytes it signed. */
export const refuseOtherCharsets: RequestHandler = (req, _res, next) => {
  const charset = CHARSET.exec(req.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    next(new RequestRefused(415, "unsupported charset"));
  } else next();
};

/**
 * The body's exact bytes, as Alexa signed them: any content type, no content encoding (Alexa
 * compresses nothing, and inflating would let a small upload become a large body).
 */
export const readBody: RequestHandler = express.raw({
  type: () => true,
  limit: MAX_BODY_BYTES,
  inflate: false,
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body as JSON, or a 400 saying it is not. */
export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(utf8.decode(body));
  } catch (cause) {
    throw new RequestRefused(400, "body is not UTF-8 JSON", { cause });
  }
}
