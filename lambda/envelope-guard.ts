import type { Skill } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { SpeechBuilder } from "./coach/speech/ssml-builder";
import { BackCoachError } from "./errors";
import { parseLocale } from "./i18n/locales";
import { voice } from "./i18n/voice";
import { isRecord } from "./is-record";
import { isWithinBounds } from "./turn/bounded-json";
import { keepSentState } from "./turn/sent-state";
import { STATE_KEY } from "./turn/session-state";

/** A request that was not for this skill: refused, as ask-sdk refuses one. */
export class WrongSkillError extends BackCoachError {
  override readonly name = "WrongSkillError";

  constructor() {
    super("Skill ID verification failed: the request is not for this skill");
  }
}

/**
 * Requests a user makes by talking or touching, which always come in a session. Anything else
 * (skill events, reminders, messages, types Alexa adds later) may come without one and gets no
 * speech.
 */
const CONVERSATIONAL: ReadonlySet<string> = new Set([
  "LaunchRequest",
  "IntentRequest",
  "SessionEndedRequest",
  "CanFulfillIntentRequest",
  "Connections.Response",
  "Alexa.Presentation.APL.UserEvent",
  "Display.ElementSelected",
]);

function applicationIdOf(event: Record<string, unknown>): unknown {
  const context =
    isRecord(event.context) && isRecord(event.context.System) ? event.context.System : undefined;
  const session = isRecord(event.session) ? event.session : undefined;
  const app = isRecord(context?.application)
    ? context.application
    : isRecord(session?.application)
      ? session.application
      : undefined;
  return app?.applicationId;
}

/**
 * The envelope ask-sdk will see: the request as sent, with no session attributes. Back Coach's
 * own state, when it stays within fixed bounds, travels beside the envelope to the turn reader
 * (turn/sent-state.ts); anything else the client sent is never read, copied nor echoed back.
 */
function sanitized(event: Record<string, unknown>): RequestEnvelope {
  const session = event.session;
  if (!isRecord(session)) {
    const { session: _absent, ...rest } = event;
    return rest as unknown as RequestEnvelope;
  }
  const envelope = {
    ...event,
    session: { ...session, attributes: {} },
  } as unknown as RequestEnvelope;
  const ours = isRecord(session.attributes) ? session.attributes[STATE_KEY] : undefined;
  if (isWithinBounds(ours)) keepSentState(envelope, ours);
  return envelope;
}

/** Whether the request can be answered at all: a typed request, in a session unless an event. */
function isAnswerable(event: Record<string, unknown>): boolean {
  const { request, session } = event;
  if (!isRecord(request) || typeof request.type !== "string") return false;
  return !CONVERSATIONAL.has(request.type) || isRecord(session);
}

function politeRefusal(event: unknown): ResponseEnvelope {
  const request = isRecord(event) && isRecord(event.request) ? event.request : undefined;
  const type = request?.type;
  if (type === "SessionEndedRequest" || (typeof type === "string" && !CONVERSATIONAL.has(type))) {
    return { version: "1.0", response: {} };
  }
  const v = voice(parseLocale(request?.locale));
  const speech = new SpeechBuilder()
    .say(`${v.say("skill.fallback")} ${v.say("skill.startHint")}`)
    .build().ssml;
  const reprompt = new SpeechBuilder().say(v.say("skill.startHint")).build().ssml;
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
 * refused (the one skill id check, when a skill id is configured), requests that cannot be
 * answered (not an object, no typed request, no session where one belongs) get a short spoken
 * answer, and the rest go to ask-sdk with their attributes bounded.
 */
export function guarded(skill: Skill, skillId: string | undefined): BackCoachSkill {
  return {
    supports: (event) => skill.supports(event),
    appendAdditionalUserAgent: (agent) => skill.appendAdditionalUserAgent(agent),
    async invoke(event, context) {
      const raw: unknown = event;
      if (!isRecord(raw)) return politeRefusal(raw);
      if (skillId !== undefined && applicationIdOf(raw) !== skillId) throw new WrongSkillError();
      if (!isAnswerable(raw)) return politeRefusal(raw);
      return skill.invoke(sanitized(raw), context);
    },
  };
}
