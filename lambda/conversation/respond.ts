import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { type Speech, SpeechBuilder } from "../coach";
import { type Pending, readState, setState } from "./session-state";

export type Say = Speech | string;

export function toSpeech(say: Say): Speech {
  return typeof say === "string" ? new SpeechBuilder().say(say).build() : say;
}

/** Speech made of several parts, in order: "Welcome back." then a workout segment. */
export function joinSpeech(...parts: Say[]): Speech {
  const b = new SpeechBuilder();
  for (const part of parts) b.include(toSpeech(part));
  return b.build();
}

/**
 * Says something and keeps the session open. Every open response asks a question and has a
 * reprompt; `pending` records what a plain "yes" will mean.
 */
export function ask(h: HandlerInput, say: Say, reprompt: Say, pending?: Pending): Response {
  const speech = toSpeech(say);
  const again = toSpeech(reprompt);
  const state = readState(h);
  if (state) {
    const { pending: _old, ...rest } = state;
    setState(h, {
      ...rest,
      ...(pending ? { pending } : {}),
      lastSpeech: { ssml: speech.ssml, reprompt: again.ssml },
    });
  }
  return h.responseBuilder
    .speak(speech.ssml)
    .reprompt(again.ssml)
    .withShouldEndSession(false)
    .getResponse();
}

/** Says something and ends the session. */
export function tell(h: HandlerInput, say: Say): Response {
  return h.responseBuilder.speak(toSpeech(say).ssml).withShouldEndSession(true).getResponse();
}

/**
 * Asks for one slot of a dialog intent (Dialog.ElicitSlot), so the user's bare answer ("forty",
 * "five foot six") comes back as that slot.
 */
export function askForSlot(
  h: HandlerInput,
  say: Say,
  reprompt: Say,
  slot: string,
  intent: { name: string; slots: readonly string[] },
): Response {
  ask(h, say, reprompt);
  return h.responseBuilder
    .addElicitSlotDirective(slot, {
      name: intent.name,
      confirmationStatus: "NONE",
      slots: Object.fromEntries(
        intent.slots.map((name) => [name, { name, confirmationStatus: "NONE" }]),
      ),
    })
    .getResponse();
}
