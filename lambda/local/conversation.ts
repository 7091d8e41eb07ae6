import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { VirtualAlexa } from "virtual-alexa";
// The package index does not export the reasons enum.
import { SessionEndedReason } from "virtual-alexa/lib/src/core/SkillRequest";
import type { IModel } from "virtual-core";
import { estimateSsmlSeconds } from "../coach/speech/ssml-seconds";
import { type ClockCommand, ConsoleClock, parseClockCommand } from "./console-clock";
import { type Elicitation, resolveLine } from "./resolve-line";
import { type BuiltinPhrases, type MatcherModel, SampleMatcher } from "./sample-matcher";
import { deviceContext, type ScreenDevice } from "./screen-devices";
import { speechText } from "./speech-text";

// virtual-alexa's own phrasings for the built-in intents ("skip", "go back"); no typings.
const { BuiltinUtterances } = createRequire(import.meta.url)(
  "virtual-alexa/lib/src/model/BuiltinUtterances",
) as { BuiltinUtterances: { values(): BuiltinPhrases } };

/** One turn of the local console, as printed with --json (contract in docs/architecture.md). */
export interface ConsoleTurn {
  readonly utterance: string;
  readonly request: string;
  /** The request's timestamp on the console's clock; null when nothing was sent (a reprompt). */
  readonly timestamp: string | null;
  readonly intent: string | null;
  readonly slots: Readonly<Record<string, string>>;
  readonly ssml: string | null;
  readonly text: string;
  readonly reprompt: string | null;
  readonly endSession: boolean;
  readonly directives: readonly unknown[];
}

export interface ConversationOptions {
  /** The skill's entry point: the same `skill.invoke` the Lambda uses. */
  readonly invoke: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
  readonly modelPath: string;
  readonly userId: string;
  readonly locale: string;
  readonly skillId: string;
  /** The clock's start, in epoch milliseconds (now when absent). */
  readonly startTime?: number;
}

const INVOCATION = "back coach";
/** Words a device drops between the invocation name and the request ("ask back coach TO ..."). */
const CONNECTING_WORDS = /^(?:to|for|about|if|whether|that)\s+/i;
const LAUNCH = new RegExp(`^(?:open|launch|start|talk to|load)\\s+${INVOCATION}$`, "i");
const ONE_SHOT = new RegExp(`^(?:ask|tell|open|launch|start|use)\\s+${INVOCATION}\\s+(.+)$`, "i");

/**
 * A person talking to the skill as a device would hear them. Lines are resolved against the
 * real interaction model (virtual-alexa's matcher); requests are real envelopes built by
 * virtual-alexa and sent through the skill; the session opens and closes as on a device.
 */
export class Conversation {
  private readonly alexa: VirtualAlexa;
  private elicitation: Elicitation | undefined;
  private lastSent: SentRequest = { type: "none", timestamp: null, intent: null, slots: {} };
  /** When each request is made, as if the user listened (see console-clock.ts). */
  readonly clock: ConsoleClock;
  /** The last answer's reprompt, which plays when the user says nothing. */
  private lastReprompt: string | null = null;
  /** Silences in a row since the last answer: the second ends the session, as a device does. */
  private silences = 0;
  /** Which sample a line is: the model's samples, precompiled once (sample-matcher.ts). */
  private readonly matcher: SampleMatcher;
  /** The screen the device has (an Echo Show's), or none (an Echo Dot's, the console's). */
  screen: ScreenDevice | undefined;

  private readonly userId: string;

  constructor(options: ConversationOptions) {
    this.userId = options.userId;
    this.clock = new ConsoleClock(options.startTime ?? Date.now());
    const model = JSON.parse(readFileSync(options.modelPath, "utf8")) as MatcherModel;
    this.matcher = new SampleMatcher(model, BuiltinUtterances.values());
    this.alexa = VirtualAlexa.Builder()
      .handler((event: RequestEnvelope) => options.invoke(event))
      .interactionModelFile(options.modelPath)
      .applicationID(options.skillId)
      .locale(options.locale)
      .create();
    // Every request carries the console's user, and is remembered for the turn's JSON.
    const stampRequest = (request: RequestEnvelope): void => {
      const device = deviceContext(this.screen);
      const system = request.context.System as unknown as Record<string, unknown>;
      system.device = {
        ...(system.device as object),
        supportedInterfaces: device.supportedInterfaces,
      };
      if (device.viewport)
        (request.context as unknown as Record<string, unknown>).Viewport = device.viewport;
      request.context.System.user.userId = options.userId;
      if (request.session) request.session.user.userId = options.userId;
      request.request.timestamp = new Date(this.clock.request()).toISOString();
      this.lastSent = summarize(request);
    };
    this.alexa.filter(stampRequest);
    // virtual-alexa opens a session before any request; a device has none until the user
    // speaks, so the first launch must not end a session that never began.
    this.alexa.context().endSession();
  }

  get sessionOpen(): boolean {
    return this.alexa.context().activeSession();
  }

  /** Answers one line; undefined for an empty line. */
  async say(line: string): Promise<ConsoleTurn | undefined> {
    const utterance = line.trim().replace(/\s+/g, " ");
    if (utterance === "") return undefined;
    const command = parseClockCommand(utterance);
    if (command) return this.passTime(utterance, command);
    this.silences = 0;
    if (utterance === "/end") return this.endSession(utterance);
    if (LAUNCH.test(utterance)) {
      await this.closeSession();
      return this.turn(utterance, await this.alexa.launch());
    }
    const oneShot = ONE_SHOT.exec(utterance);
    if (oneShot?.[1]) {
      await this.closeSession();
      return this.intend(utterance, oneShot[1].replace(CONNECTING_WORDS, ""));
    }
    return this.intend(utterance, utterance);
  }

  /**
   * A touch on the screen: the UserEvent its SendEvent makes, in the open session (or a new
   * one, as a device starts when a screen left after a session is touched).
   */
  async touch(event: TouchEvent): Promise<ConsoleTurn> {
    this.silences = 0;
    const context = this.alexa.context();
    if (!context.activeSession()) context.newSession();
    const session = context.session();
    const request = this.alexa
      .request()
      .requestType(USER_EVENT)
      .set("session", {
        new: session.isNew(),
        sessionId: session.id(),
        application: { applicationId: context.applicationID() },
        user: { userId: this.userId },
        attributes: session.attributes(),
      })
      .set("request.token", event.token)
      .set("request.arguments", event.arguments)
      .set("request.source", event.source);
    this.elicitation = undefined;
    return this.turn(event.label, await request.send());
  }

  /** The user walks away: Alexa sends SessionEndedRequest. */
  async endSession(
    utterance = "/end",
    reason = SessionEndedReason.USER_INITIATED,
  ): Promise<ConsoleTurn | undefined> {
    if (!this.sessionOpen) return undefined;
    this.elicitation = undefined;
    return this.turn(utterance, await this.alexa.endSession(reason));
  }

  /**
   * /wait and /interrupt move the clock and say nothing. /silence is the user saying nothing:
   * the first plays the reprompt (no request reaches the skill), the second in a row ends the
   * session the way a device does.
   */
  private async passTime(
    utterance: string,
    command: ClockCommand,
  ): Promise<ConsoleTurn | undefined> {
    if (command.kind === "wait") this.clock.wait(command.seconds);
    if (command.kind === "interrupt") this.clock.interrupt(command.seconds);
    if (command.kind !== "silence" || !this.sessionOpen) return undefined;
    this.clock.silence();
    if (++this.silences >= 2 || this.lastReprompt === null) {
      this.silences = 0;
      return this.endSession(utterance, SessionEndedReason.EXCEEDED_MAX_REPROMPTS);
    }
    const reprompt = this.lastReprompt;
    this.clock.heard(estimateSsmlSeconds(reprompt));
    return {
      utterance,
      request: "none",
      timestamp: null,
      intent: null,
      slots: {},
      ssml: reprompt,
      text: speechText(reprompt),
      reprompt: speechText(reprompt),
      endSession: false,
      directives: [],
    };
  }

  private async closeSession(): Promise<void> {
    if (this.sessionOpen) await this.endSession();
  }

  private async intend(utterance: string, phrase: string): Promise<ConsoleTurn> {
    const { intent, slots } = resolveLine(this.model(), this.matcher, phrase, this.elicitation);
    // A device sends what the skill's last dialog directive kept plus the new answer, nothing
    // older: virtual-alexa's own dialog memory would resend stale (even rejected) values.
    this.alexa.dialogManager().reset();
    return this.turn(utterance, await this.alexa.intend(intent, { ...slots }));
  }

  /** virtual-alexa's parsed model; its typings leave this public method out. */
  private model(): IModel {
    return (this.alexa.context() as unknown as { interactionModel(): IModel }).interactionModel();
  }

  private turn(utterance: string, result: { json(): unknown } | unknown): ConsoleTurn {
    const envelope = (hasJson(result) ? result.json() : result) as ResponseEnvelope | undefined;
    const request = this.lastSent;
    const response = envelope?.response;
    const speech = response?.outputSpeech;
    const ssml = speech?.type === "SSML" ? speech.ssml : null;
    const repromptSpeech = response?.reprompt?.outputSpeech;
    const reprompt = repromptSpeech?.type === "SSML" ? repromptSpeech.ssml : null;
    const directives = response?.directives ?? [];
    this.elicitation = elicitationIn(directives);
    this.lastReprompt = reprompt;
    this.clock.heard(ssml === null ? 0 : estimateSsmlSeconds(ssml));
    return {
      utterance,
      request: request.type,
      timestamp: request.timestamp,
      intent: request.intent,
      slots: request.slots,
      ssml,
      text: speechText(ssml ?? undefined),
      reprompt: reprompt === null ? null : speechText(reprompt),
      endSession: response?.shouldEndSession !== false,
      directives,
    };
  }
}

/** What a screen's SendEvent gives the device to send: its token, arguments and source. */
export interface TouchEvent {
  /** How the touch shows in the conversation ("(touched Ready)"). */
  readonly label: string;
  readonly token: string;
  readonly arguments: readonly unknown[];
  readonly source: Readonly<Record<string, unknown>>;
}

const USER_EVENT = "Alexa.Presentation.APL.UserEvent";

interface SentRequest {
  readonly type: string;
  readonly timestamp: string | null;
  readonly intent: string | null;
  readonly slots: Readonly<Record<string, string>>;
}

function summarize(envelope: RequestEnvelope): SentRequest {
  const request = envelope.request;
  const timestamp = request.timestamp;
  if (request.type !== "IntentRequest")
    return { type: request.type, timestamp, intent: null, slots: {} };
  const slots: Record<string, string> = {};
  for (const [name, slot] of Object.entries(request.intent.slots ?? {})) {
    if (slot.value !== undefined) slots[name] = slot.value;
  }
  return { type: request.type, timestamp, intent: request.intent.name, slots };
}

function hasJson(value: unknown): value is { json(): unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { json?: unknown }).json === "function"
  );
}

function elicitationIn(directives: readonly unknown[]): Elicitation | undefined {
  for (const directive of directives) {
    const d = directive as {
      type?: string;
      slotToElicit?: string;
      updatedIntent?: { name?: string; slots?: Record<string, { value?: string }> };
    };
    if (d.type === "Dialog.ElicitSlot" && d.slotToElicit && d.updatedIntent?.name) {
      const slots: Record<string, string> = {};
      for (const [name, slot] of Object.entries(d.updatedIntent.slots ?? {})) {
        if (slot.value) slots[name] = slot.value;
      }
      return { intent: d.updatedIntent.name, slot: d.slotToElicit, slots };
    }
  }
  return undefined;
}
