import type { Speech } from "../coach/speech/ssml-builder";
import type { Screen } from "../screens/screen";
import type { Pending, Said, SessionState } from "../turn/session-state";

/** A part of what to say: a sentence of plain text (escaped when rendered) or built speech. */
export type Part = string | Speech;

/** Dialog.ElicitSlot: the user's next bare answer ("forty") comes back as this slot. */
export interface SlotElicitation {
  readonly intent: string;
  readonly slot: string;
  readonly slots: readonly string[];
}

/** CanFulfillIntentRequest's answer: whether Back Coach can take the intent. */
export interface CanFulfill {
  readonly canFulfill: "YES" | "NO";
  readonly slots: readonly string[];
}

/**
 * What a handler answers, as data. The render step (conversation/render.ts) turns it into the
 * Alexa response once, after the save: SSML through the one builder, the reprompt, whether the
 * session ends, directives, and session attributes from the typed state.
 */
export interface Reply {
  readonly speech: readonly Part[];
  /** Present exactly when the session stays open: an open session always asks something. */
  readonly reprompt?: readonly Part[];
  /** The question left open, which "yes" and "no" answer next. */
  readonly pending?: Pending;
  /** What "repeat" says again, re-rendered from the state. */
  readonly said?: Said;
  readonly elicit?: SlotElicitation;
  readonly canFulfill?: CanFulfill;
  /** The reply tells the user their place is kept: true only if this turn's save lands. */
  readonly keepsPlace?: true;
  /** The user was not understood: misses in a row get different words (handlers/fallback.ts). */
  readonly missed?: true;
  /** A diet tip is offered: once a session is enough outside a finished workout. */
  readonly offersTip?: true;
  /**
   * What a device with a screen shows with this answer, drawn only for one: a speaker hears the
   * same speech and its screen is never built (a speaker's cold start loads no screen's code).
   */
  readonly screen?: () => Screen;
  /** A card in the Alexa app asking for these permissions (AskForPermissionsConsent). */
  readonly permissionCard?: readonly string[];
  /**
   * Alexa asks the user for a permission by voice (Connections.SendRequest "AskFor"), and its
   * answer comes back as Connections.Response with this token. Alexa speaks next, so the
   * response leaves the session to Alexa: no reprompt, no end.
   */
  readonly askForPermission?: { readonly scope: string; readonly token: string };
}

/** The same reply, with a screen for devices that have one: `screen` draws it when needed. */
export function showing(reply: Reply, screen: () => Screen): Reply {
  return { ...reply, screen };
}

/** A reply and the state the session goes on with. */
export interface Outcome {
  readonly reply: Reply;
  readonly state: SessionState;
}

/** Says something and keeps the session open; `pending` is what a plain "yes" will mean. */
export function ask(
  speech: Part | readonly Part[],
  reprompt: Part | readonly Part[],
  pending?: Pending,
): Reply {
  return {
    speech: parts(speech),
    reprompt: parts(reprompt),
    ...(pending ? { pending } : {}),
  };
}

/** Says something and ends the session. */
export function tell(speech: Part | readonly Part[]): Reply {
  return { speech: parts(speech) };
}

/** Says nothing: session-ended requests and events, which Alexa gives no voice. */
export const SILENT: Reply = { speech: [] };

/** The same reply, also remembered for "repeat". */
export function remembered(reply: Reply, said: Said): Reply {
  return { ...reply, said };
}

/** Asks for one slot of a dialog intent. */
export function askForSlot(
  speech: Part | readonly Part[],
  reprompt: Part,
  elicit: SlotElicitation,
): Reply {
  return { ...ask(speech, reprompt), elicit };
}

/** A reply with more said before it (a greeting, a notice). */
export function withLead(lead: readonly Part[], reply: Reply): Reply {
  return lead.length === 0 ? reply : { ...reply, speech: [...lead, ...reply.speech] };
}

function parts(value: Part | readonly Part[]): readonly Part[] {
  return typeof value === "string" || !Array.isArray(value) ? [value as Part] : value;
}

export function isOpen(reply: Reply): boolean {
  return reply.reprompt !== undefined;
}
