import type { Skill } from "ask-sdk-core";
import {
  ExpressAdapter,
  SkillRequestSignatureVerifier,
  TimestampVerifier,
  type Verifier,
} from "ask-sdk-express-adapter";
import express, { type Express } from "express";
import type { BackCoachSkill } from "../envelope-guard";

export interface SkillServerOptions {
  readonly skill: BackCoachSkill;
  /** Check Alexa's request signature and the request's age (150 s). Only tests and loopback turn it off. */
  readonly verify: boolean;
  /** The signature check; a test passes one that loads its own certificate. */
  readonly signatureVerifier?: Verifier;
}

/**
 * Back Coach as an HTTPS web service (behind TLS termination): POST / takes Alexa's requests,
 * GET /health answers load balancers. Verification follows Alexa's rules for web services:
 * a valid signature from Amazon's certificate and a timestamp no older than 150 seconds.
 */
export function createSkillServer({
  skill,
  verify,
  signatureVerifier,
}: SkillServerOptions): Express {
  const verifiers: Verifier[] = verify
    ? [signatureVerifier ?? new SkillRequestSignatureVerifier(), new TimestampVerifier()]
    : [];
  // The adapter only calls invoke() and appendAdditionalUserAgent(), which the guarded skill has.
  const adapter = new ExpressAdapter(skill as Skill, false, false, verifiers);
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.post("/", adapter.getRequestHandlers());
  return app;
}
