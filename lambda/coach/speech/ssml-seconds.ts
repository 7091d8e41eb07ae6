import { estimateSpeechSeconds, trailingPauseSeconds } from "./speech-rate";

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

/**
 * How long a finished piece of SSML takes to say, by the same model the builder uses: breaks
 * exactly, words estimated. For whoever holds only the SSML (a device or console that must
 * know when the user has heard an answer to its end).
 */
export function estimateSsmlSeconds(ssml: string): number {
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
      seconds += estimateSpeechSeconds(text);
      trailing = trailingPauseSeconds(text);
    }
  }
  return Math.round(seconds * 10) / 10;
}
