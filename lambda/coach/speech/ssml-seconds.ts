import { estimateSpeechSeconds, trailingPauseSeconds } from "./speech-rate";

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

/** A run of words in an answer: when it starts, in seconds from the answer's start, and its length. */
export interface SpokenPiece {
  readonly text: string;
  readonly at: number;
  readonly seconds: number;
}

/** An answer as a timeline: the words and when each run of them is said, pauses between. */
export interface SsmlTimeline {
  readonly pieces: readonly SpokenPiece[];
  readonly seconds: number;
}

/**
 * When each run of words in a finished piece of SSML is said, by the same model the builder
 * places its cues with: breaks exactly, words estimated. For whoever holds only the SSML and
 * must follow it in time: the web device speaking it, a console knowing when it was heard.
 */
export function ssmlTimeline(ssml: string): SsmlTimeline {
  const pieces: SpokenPiece[] = [];
  let seconds = 0;
  let trailing = 0;
  for (const part of ssml.split(/(<[^>]*>)/)) {
    if (part.startsWith("<")) {
      const pause = /^<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>$/.exec(part);
      if (!pause) continue;
      // As in the builder: a break replaces the pause after the sentence before it.
      seconds += Number(pause[1]) / (pause[2] === "ms" ? 1000 : 1) - trailing;
      trailing = 0;
    } else if (part.trim() !== "") {
      const text = part.replace(/&\w+;/g, (e) => XML_ENTITIES[e] ?? e).trim();
      const length = estimateSpeechSeconds(text);
      pieces.push({ text, at: round(seconds), seconds: round(length) });
      seconds += length;
      trailing = trailingPauseSeconds(text);
    }
  }
  return { pieces, seconds: round(seconds) };
}

/** How long a finished piece of SSML takes to say (see ssmlTimeline). */
export function estimateSsmlSeconds(ssml: string): number {
  return ssmlTimeline(ssml).seconds;
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
