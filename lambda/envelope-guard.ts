import type { Skill } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { SpeechBuilder } from "./coach";
import { LINES } from "./conversation/lines";

/** A request that was not for this skill: refused, as ask-sdk refuses one. */
export class WrongSkillError extends Error {
  constructor() {
    super("Skill ID verification failed: the request is not for this skill");
    this.name = "WrongSkillError";
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function applicationIdOf(event: Record<string, unknown>): unknown {
  const context =
    isObject(event.context) && isObject(event.context.System) ? event.context.System : undefined;
  const session = isObject(event.session) ? event.session : undefined;
  const app = isObject(context?.application)
    ? context.application
    : isObject(session?.application)
      ? session.application
      : undefined;
  return app?.applicationId;
}

/**
 * Whether ask-sdk can safely take the request: an object with a typed request and the
 * context.System block every Alexa request carries. Alexa never sends less; a broken client or
 * an attacker might, and must get an answer, not a crash.
 */
function isWellFormed(event: Record<string, unknown>): boolean {
  const { request, context, session } = event;
  if (!isObject(request) || typeof request.type !== "string") return false;
  if (!isObject(context) || !isObject(context.System) || !isObject(context.System.application))
    return false;
  // Skill events come without a session; every conversational request has one.
  if (request.type.startsWith("AlexaSkillEvent."))
    return session === undefined || isObject(session);
  if (!isObject(session)) return false;
  if (request.type === "IntentRequest") {
    return isObject(request.intent) && typeof request.intent.name === "string";
  }
  return true;
}

function politeRefusal(event: unknown): ResponseEnvelope {
  const type = isObject(event) && isObject(event.request) ? event.request.type : undefined;
  if (
    type === "SessionEndedRequest" ||
    (typeof type === "string" && type.startsWith("AlexaSkillEvent."))
  ) {
    return { version: "1.0", response: {} };
  }
  const speech = new SpeechBuilder().say(`${LINES.fallback} ${LINES.startHint}`).build().ssml;
  const reprompt = new SpeechBuilder().say(LINES.startHint).build().ssml;
  return {
    version: "1.0",
    response: {
      outputSpeech: { type: "SSML", ssml: speech },
      reprompt: { outputSpeech: { type: "SSML", ssml: reprompt } },
      shouldEndSession: false,
    },
  };
}

/** What the Lambda, the console and the HTTPS server call: ask-sdk's skill, guarded. */
export type BackCoachSkill = Pick<Skill, "invoke" | "supports" | "appendAdditionalUserAgent">;

/**
 * Wraps the skill so that every request gets a valid answer: requests for another skill are
 * refused (when a skill id is configured), malformed ones get a short spoken answer, and the
 * rest go to ask-sdk.
 */
export function guarded(skill: Skill, skillId: string | undefined): BackCoachSkill {
  return {
    supports: (event) => skill.supports(event),
    appendAdditionalUserAgent: (agent) => skill.appendAdditionalUserAgent(agent),
    async invoke(event, context) {
      const raw: unknown = event;
      if (!isObject(raw)) return politeRefusal(raw);
      const appId = applicationIdOf(raw);
      if (skillId !== undefined && appId !== skillId) throw new WrongSkillError();
      if (!isWellFormed(raw)) return politeRefusal(raw);
      return skill.invoke(raw as unknown as RequestEnvelope, context);
    },
  };
}
