import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { intentRequest, requestEnvelope, type SlotInput } from "../lambda/local/envelopes";
import { deviceContext, ECHO_SHOW_8 } from "../lambda/local/screen-devices";

/** A skill id of the real shape, so the stack synthesizes with it. */
export const BENCH_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000000be4c";

/** A turn of the scripted dialog: a request, and whether it should change stored state. */
export interface Turn {
  readonly request: Record<string, unknown>;
  /** "Read-only" turns only answer questions; they must not write. */
  readonly readOnly: boolean;
  /** Starts a new session (the user comes back another time). */
  readonly newSession: boolean;
}

export const intent = (name: string, slots: Readonly<Record<string, SlotInput>> = {}) =>
  intentRequest(name, slots, BENCH_SKILL_ID);

export const turn = (
  request: Record<string, unknown>,
  readOnly = false,
  newSession = false,
): Turn => ({
  request,
  readOnly,
  newSession,
});

/**
 * One user's realistic week in miniature: launch, start the blaster, coach through it with a
 * few questions, pause, resume another time, finish, a tip, check progress.
 */
export const SCRIPT: readonly Turn[] = [
  turn({ type: "LaunchRequest" }, false, true),
  turn(intent("AMAZON.YesIntent")),
  turn(intent("ReadyIntent")),
  turn(intent("ReadyIntent")),
  turn(intent("WhatsNextIntent"), true),
  turn(intent("ReadyIntent")),
  turn(intent("TimeLeftIntent"), true),
  turn(intent("HowToIntent"), true),
  turn(intent("ReadyIntent")),
  turn(intent("AMAZON.RepeatIntent"), true),
  turn(intent("AMAZON.PauseIntent")),
  turn(intent("AMAZON.ResumeIntent"), false, true),
  ...Array.from({ length: 10 }, () => turn(intent("ReadyIntent"))),
  turn(intent("AMAZON.YesIntent")),
  turn(intent("DietTipIntent", { tipTopic: { value: "water", id: "drinks" } })),
  turn(intent("WeeklyProgressIntent"), true),
  turn(intent("AMAZON.HelpIntent"), true),
  turn(intent("AMAZON.StopIntent")),
];

/**
 * Plays the script as a device would for one user: new sessions where the script says, session
 * attributes carried between turns. `invoke` is the skill (Back Coach or a floor).
 */
/** An Echo Show 8, as its requests describe it: every answer to it carries a screen. */
export const BENCH_SCREEN = deviceContext(ECHO_SHOW_8);
/** An Echo Dot: speech only. */
export const BENCH_SPEAKER = deviceContext(undefined);

export class ScriptedUser {
  private attributes: Record<string, unknown> = {};
  private sessionId = 0;
  private open = false;
  private clock = Date.parse("2026-11-22T09:00:00Z");

  constructor(
    private readonly userId: string,
    /** The skill this user talks to (Back Coach or a floor). */
    readonly invoke: (event: RequestEnvelope) => Promise<ResponseEnvelope>,
    private readonly device = BENCH_SPEAKER,
  ) {}

  /** Plays one turn: the request as the device would send it, the answer kept. */
  async play(turn: Turn): Promise<ResponseEnvelope> {
    return this.receive(await this.invoke(this.request(turn)));
  }

  /** The request for `turn`, so a bench can time the skill's invoke() alone. */
  request(turn: Turn): RequestEnvelope {
    if (turn.newSession || !this.open) {
      this.sessionId++;
      this.attributes = {};
    }
    this.clock += 7000;
    return requestEnvelope({
      applicationId: BENCH_SKILL_ID,
      userId: this.userId,
      request: turn.request,
      session: {
        id: `${this.userId}-${this.sessionId}`,
        new: turn.newSession || !this.open,
        attributes: this.attributes,
      },
      requestId: `${this.userId}-${this.clock}`,
      timestamp: new Date(this.clock).toISOString(),
      locale: "en-US",
      device: { deviceId: "bench", supportedInterfaces: this.device.supportedInterfaces },
      ...(this.device.viewport ? { viewport: this.device.viewport } : {}),
    });
  }

  /** Keeps what the answer carries to the next turn (its session attributes). */
  receive(response: ResponseEnvelope): ResponseEnvelope {
    this.open = response.response.shouldEndSession === false;
    this.attributes = response.sessionAttributes ?? {};
    return response;
  }
}
