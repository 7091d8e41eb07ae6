import type { interfaces, RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { expect } from "vitest";
import { estimateSsmlSeconds } from "../../lambda/coach";
import type { BackCoachSkill as Skill } from "../../lambda/envelope-guard";
import { intentRequest, requestEnvelope, type SlotInput } from "../../lambda/local/envelopes";
import { deviceContext, ECHO_SHOW_8, type ScreenDevice } from "../../lambda/local/screen-devices";
import { expectValidAlexaSpeech, spokenText } from "./alexa-speech";

export const TEST_SKILL_ID = "amzn1.ask.skill.test-back-coach";
/** Alexa's limit for a whole response. */
const MAX_RESPONSE_BYTES = 24 * 1024;
/** Seconds between the end of an answer and the user's next words. */
const REACTION_SECONDS = 1;

let requestCounter = 0;

/**
 * A test Echo: builds real request envelopes, keeps session attributes between turns as Alexa
 * does, and checks every response it receives against Alexa's rules.
 */
export class TestDevice {
  private session:
    | { sessionId: string; attributes: Record<string, unknown>; new: boolean }
    | undefined;
  /** The last request's time and how long its answer takes to say. */
  private last = { at: Date.parse("2026-11-22T08:59:53Z"), seconds: 6 };
  /** The next request's time, when a test set it; otherwise once the answer has been heard. */
  private nextAt: number | undefined;
  readonly responses: ResponseEnvelope[] = [];

  /** Where the Alexa APIs live for this device (a local server in tests that need them). */
  apiEndpoint = "https://api.amazonalexa.com";
  /** The token Alexa sends for them: it stands for this user of this skill. */
  apiAccessToken = "test-access-token";
  /** A screen (context.Viewport) makes this an Echo Show: it announces APL. */
  screen: ScreenDevice | undefined;
  locale = "en-US";
  deviceId = "test-device";

  constructor(
    private readonly skill: Skill,
    readonly userId: string,
    private readonly applicationId = TEST_SKILL_ID,
  ) {}

  /**
   * Sets the request time of the next turn. Each turn after it comes as the user would speak:
   * a second after the whole answer before it has been said.
   */
  setTime(iso: string): void {
    this.nextAt = Date.parse(iso);
  }

  /** The user barges in: the next request comes this many seconds into the last answer. */
  interrupt(seconds: number): void {
    this.nextAt = this.last.at + seconds * 1000;
  }

  /** Lets time pass before the next request (after the last answer has been heard). */
  wait(seconds: number): void {
    this.nextAt = this.naturalNext() + seconds * 1000;
  }

  /** When the next request comes on its own: a second after the last answer ends. */
  private naturalNext(): number {
    return this.nextAt ?? this.last.at + (this.last.seconds + REACTION_SECONDS) * 1000;
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  launch(): Promise<ResponseEnvelope> {
    this.session = undefined;
    return this.send({ type: "LaunchRequest" });
  }

  intent(
    name: string,
    slots: Readonly<Record<string, SlotInput | string>> = {},
  ): Promise<ResponseEnvelope> {
    return this.send(intentRequest(name, slots, this.applicationId));
  }

  /** A touch on the screen: the UserEvent a button's SendEvent makes, with these arguments. */
  touch(...args: unknown[]): Promise<ResponseEnvelope> {
    return this.send({
      type: "Alexa.Presentation.APL.UserEvent",
      token: "backcoach-workout",
      arguments: args,
      source: { type: "TouchWrapper", handler: "Press", id: "" },
      components: {},
    });
  }

  /** The user walks away, or the session fails. */
  end(
    reason: "USER_INITIATED" | "EXCEEDED_MAX_REPROMPTS" | "ERROR" = "USER_INITIATED",
  ): Promise<ResponseEnvelope> {
    return this.send({
      type: "SessionEndedRequest",
      reason,
      ...(reason === "ERROR" ? { error: { type: "INVALID_RESPONSE", message: "test" } } : {}),
    });
  }

  /** Replaces what the device will send back as session attributes (as a tampered client might). */
  tamper(attributes: Record<string, unknown>): void {
    if (this.session) this.session = { ...this.session, attributes };
  }

  /** A skill event (no session), as Alexa sends when the user disables the skill. */
  async event(type: string): Promise<ResponseEnvelope> {
    this.session = undefined;
    const response = await this.skill.invoke(this.envelope({ type, body: {} }, false));
    expect(response.response.outputSpeech).toBeUndefined();
    return response;
  }

  /** Sends any request body inside a well-formed envelope. */
  async send(request: Record<string, unknown>): Promise<ResponseEnvelope> {
    const at = this.naturalNext();
    this.nextAt = undefined;
    if (!this.session)
      this.session = { sessionId: `session-${++requestCounter}`, attributes: {}, new: true };
    const envelope = this.envelope(request, true, at);
    const response = await this.skill.invoke(envelope);
    const speech = response.response.outputSpeech;
    this.last = { at, seconds: speech?.type === "SSML" ? estimateSsmlSeconds(speech.ssml) : 0 };
    await expectValidResponse(
      response,
      request.type === "SessionEndedRequest" || String(request.type).startsWith("AlexaSkillEvent."),
    );
    // A screen only for a device that has one, and then one with every answer it hears.
    const screens = (response.response.directives ?? []).filter(
      (d) => d.type === "Alexa.Presentation.APL.RenderDocument",
    );
    expect(screens).toHaveLength(this.screen && response.response.outputSpeech ? 1 : 0);
    this.responses.push(response);
    // Connections.SendRequest hands the session to Alexa, whose answer (Connections.Response)
    // comes back in it: the session goes on.
    const handedOver = (response.response.directives ?? []).some(
      (d) => d.type === "Connections.SendRequest",
    );
    const ended =
      request.type === "SessionEndedRequest" ||
      (response.response.shouldEndSession !== false && !handedOver);
    this.session = ended
      ? undefined
      : { ...this.session, attributes: response.sessionAttributes ?? {}, new: false };
    return response;
  }

  private envelope(
    request: Record<string, unknown>,
    withSession = true,
    at = this.naturalNext(),
  ): RequestEnvelope {
    const session = this.session;
    const context = deviceContext(this.screen);
    return requestEnvelope({
      applicationId: this.applicationId,
      userId: this.userId,
      request,
      session: withSession
        ? {
            id: session?.sessionId ?? "none",
            new: session?.new ?? true,
            attributes: session?.attributes ?? {},
          }
        : undefined,
      requestId: `request-${++requestCounter}`,
      timestamp: new Date(at).toISOString(),
      locale: this.locale,
      device: { deviceId: this.deviceId, supportedInterfaces: context.supportedInterfaces },
      ...(context.viewport ? { viewport: context.viewport } : {}),
      apiEndpoint: this.apiEndpoint,
      apiAccessToken: this.apiAccessToken,
    });
  }
}

/** What every response must be: valid SSML within limits; an open session asks and reprompts. */
export async function expectValidResponse(
  envelope: ResponseEnvelope,
  sessionEnded = false,
): Promise<void> {
  expect(envelope.version).toBe("1.0");
  expect(Buffer.byteLength(JSON.stringify(envelope))).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
  const { response } = envelope;
  if (sessionEnded) {
    expect(response.outputSpeech).toBeUndefined();
    return;
  }
  // A dialog turn may ask for a slot, a screen device gets its screen, a permission may be
  // asked for by voice; nothing else is sent.
  for (const directive of response.directives ?? [])
    expect([
      "Dialog.ElicitSlot",
      "Alexa.Presentation.APL.RenderDocument",
      "Connections.SendRequest",
    ]).toContain(directive.type);
  const sendRequest = response.directives?.find((d) => d.type === "Connections.SendRequest");
  if (sendRequest) {
    // Alexa asks the question next: the response neither ends the session nor reprompts.
    expect(response.shouldEndSession).toBeUndefined();
    expect(response.reprompt).toBeUndefined();
    expect(sendRequest).toMatchObject({ name: "AskFor", payload: { "@version": "1" } });
  }
  const speech = response.outputSpeech;
  expect(speech?.type).toBe("SSML");
  if (speech?.type !== "SSML") return;
  await expectValidAlexaSpeech({ ssml: speech.ssml, estimatedSeconds: 0 });
  expect(spokenText(speech.ssml)).not.toMatch(/there was a problem/i);
  if (sendRequest) return;
  if (response.shouldEndSession === false) {
    expect(spokenText(speech.ssml), "an open session must ask something").toMatch(/\?$/);
    const reprompt = response.reprompt?.outputSpeech;
    expect(reprompt?.type).toBe("SSML");
    if (reprompt?.type === "SSML")
      await expectValidAlexaSpeech({ ssml: reprompt.ssml, estimatedSeconds: 0 });
  } else {
    expect(response.shouldEndSession).toBe(true);
  }
}

export type { ScreenDevice };

export { ECHO_SHOW_8 };

/** The screen a response sends, if any. */
export function renderDocument(
  envelope: ResponseEnvelope,
): interfaces.alexa.presentation.apl.RenderDocumentDirective | undefined {
  const directive = envelope.response.directives?.find(
    (d) => d.type === "Alexa.Presentation.APL.RenderDocument",
  );
  return directive?.type === "Alexa.Presentation.APL.RenderDocument" ? directive : undefined;
}

/** The slot a dialog turn asks for, if any. */
export function elicited(envelope: ResponseEnvelope): string | undefined {
  const directive = envelope.response.directives?.find((d) => d.type === "Dialog.ElicitSlot");
  return directive && "slotToElicit" in directive ? String(directive.slotToElicit) : undefined;
}

/** The words of a response, for assertions. */
export function said(envelope: ResponseEnvelope): string {
  const speech = envelope.response.outputSpeech;
  return speech?.type === "SSML" ? spokenText(speech.ssml) : "";
}
