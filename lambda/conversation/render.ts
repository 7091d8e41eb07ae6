import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { type Speech, SpeechBuilder } from "../coach/speech/ssml-builder";
import { voice } from "../i18n/voice";
import { defaultScreen } from "../screens/default-screen";
import { type SessionState, sessionAttributesOf } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { isOpen, type Part, type Reply } from "./reply";
import { screenDirective } from "./screen-directive";

/** Parts as one response's speech: text escaped by the builder, built speech included as it is. */
export function speechOf(parts: readonly Part[]): Speech {
  const b = new SpeechBuilder();
  for (const part of parts) {
    if (typeof part === "string") b.say(part);
    else b.include(part);
  }
  return b.build();
}

/**
 * The one step that turns a reply into Alexa's response: speech, reprompt, whether the session
 * ends, directives (a screen, for a device with one), and the session attributes, written from the typed state alone (nothing a
 * client sent is echoed back). Runs once per request, after the save.
 */
export async function render(
  h: HandlerInput,
  turn: Turn | undefined,
  reply: Reply,
  state?: SessionState,
): Promise<Response> {
  const rb = h.responseBuilder;
  const speech = speechOf(reply.speech);
  const spoken = reply.speech.length > 0;
  if (spoken && !reply.askForPermission) rb.withShouldEndSession(reply.reprompt === undefined);
  if (reply.permissionCard) rb.withAskForPermissionsConsentCard([...reply.permissionCard]);
  if (reply.askForPermission)
    rb.addDirective({
      type: "Connections.SendRequest",
      name: "AskFor",
      payload: {
        "@type": "AskForPermissionsConsentRequest",
        "@version": "1",
        permissionScope: reply.askForPermission.scope,
      },
      token: reply.askForPermission.token,
    });
  // Only a device that announced APL and a screen gets one, with every answer it hears; the
  // speech is the same either way.
  if (turn?.screen && reply.speech.length > 0) {
    const v = voice(turn.locale);
    const shown = reply.screen?.() ?? defaultScreen(v, state, speech, isOpen(reply));
    const screen = shown instanceof Promise ? await shown : shown;
    rb.addDirective(screenDirective(screen, speech, v));
  }
  if (reply.elicit) {
    const { intent, slot, slots } = reply.elicit;
    rb.addElicitSlotDirective(slot, {
      name: intent,
      confirmationStatus: "NONE",
      slots: Object.fromEntries(slots.map((name) => [name, { name, confirmationStatus: "NONE" }])),
    });
  }
  if (reply.canFulfill) {
    rb.withCanFulfillIntent({
      canFulfill: reply.canFulfill.canFulfill,
      slots: Object.fromEntries(
        reply.canFulfill.slots.map((name) => [
          name,
          { canUnderstand: "MAYBE", canFulfill: reply.canFulfill?.canFulfill ?? "NO" },
        ]),
      ),
    });
  }
  // Without a turn (it could not be read), the session starts over: nothing is kept.
  if (h.requestEnvelope.session)
    h.attributesManager.setSessionAttributes(
      turn?.inSession && state ? sessionAttributesOf(state) : {},
    );
  const response = rb.getResponse();
  // Set as built: SpeechBuilder's SSML is already one <speak> element, which ask-sdk's speak()
  // would trim, unwrap and wrap again, copying a whole answer's SSML twice on every turn.
  if (spoken) {
    response.outputSpeech = { type: "SSML", ssml: speech.ssml };
    if (reply.reprompt)
      response.reprompt = { outputSpeech: { type: "SSML", ssml: speechOf(reply.reprompt).ssml } };
  }
  return response;
}
