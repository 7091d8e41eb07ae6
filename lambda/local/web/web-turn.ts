import { type SsmlTimeline, ssmlTimeline } from "../../coach/speech/ssml-seconds";
import { isRecord } from "../../is-record";
import type { ConsoleTurn } from "../conversation";

/** A screen as the page draws it: the document, its datasources, and the token touches carry. */
export interface WebScreen {
  readonly token: string;
  readonly document: Readonly<Record<string, unknown>>;
  readonly datasources: Readonly<Record<string, unknown>>;
}

/** One turn as the web device shows and says it. */
export interface WebTurn {
  readonly utterance: string;
  readonly intent: string | null;
  readonly text: string;
  readonly ssml: string | null;
  readonly endSession: boolean;
  /** When each run of words is said, for the browser's voice and caption. */
  readonly timeline: SsmlTimeline;
  /** The RenderDocument the answer sent, if any (only a device with a screen gets one). */
  readonly screen: WebScreen | null;
}

const RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";

export function webTurn(turn: ConsoleTurn): WebTurn {
  return {
    utterance: turn.utterance,
    intent: turn.intent,
    text: turn.text,
    ssml: turn.ssml,
    endSession: turn.endSession,
    timeline: turn.ssml === null ? { pieces: [], seconds: 0 } : ssmlTimeline(turn.ssml),
    screen: screenOf(turn.directives),
  };
}

/** The inline document of the answer's RenderDocument (the skill sends its documents inline). */
function screenOf(directives: readonly unknown[]): WebScreen | null {
  for (const directive of directives) {
    if (!isRecord(directive) || directive.type !== RENDER_DOCUMENT) continue;
    const { document, datasources, token } = directive;
    if (!isRecord(document) || document.type !== "APL") continue;
    return {
      token: typeof token === "string" ? token : "",
      document,
      datasources: isRecord(datasources) ? datasources : {},
    };
  }
  return null;
}
