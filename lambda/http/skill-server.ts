import type { RequestEnvelope } from "ask-sdk-model";
import express, { type Express, type RequestHandler } from "express";
import type { BackCoachSkill } from "../envelope-guard";
import { type Logger, SILENT_LOGGER } from "../logger";
import { AlexaVerifier } from "./alexa-verifier";
import { jsonErrors, notFound } from "./json-errors";
import { parseJsonBody, readBody, refuseOtherCharsets } from "./request-body";
import type { SignedBy } from "./signature-headers";

export interface SkillServerOptions {
  readonly skill: BackCoachSkill;
  /** Alexa's request verification (alexa-verifier.ts), or false: only tests and loopback. */
  readonly verify: AlexaVerifier | boolean;
  /** Where refusals and failures are logged; the client only ever reads a short JSON reason. */
  readonly logger?: Logger;
}

/**
 * Back Coach as a web service (behind TLS termination): POST / takes Alexa's requests, GET
 * /health answers load balancers, anything else is a JSON 404. Serve it with createHttpServer
 * (http-server.ts), which bounds how long a client may take.
 */
export function createSkillServer({
  skill,
  verify,
  logger = SILENT_LOGGER,
}: SkillServerOptions): Express {
  const verifier = verify === true ? new AlexaVerifier() : verify || undefined;
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  const checkHeaders: RequestHandler = (req, res, next) => {
    if (verifier) res.locals.signedBy = verifier.readHeaders(req.headers);
    next();
  };
  app.post("/", refuseOtherCharsets, checkHeaders, readBody, async (req, res) => {
    // No body at all reads as empty, and is then refused like any other non-JSON.
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const envelope = parseJsonBody(body);
    if (verifier) await verifier.verify(res.locals.signedBy as SignedBy, body, envelope);
    // Not yet a RequestEnvelope: the guarded skill checks the shape itself (envelope-guard.ts).
    res.json(await skill.invoke(envelope as RequestEnvelope));
  });
  app.use(notFound);
  app.use(jsonErrors(logger));
  return app;
}
