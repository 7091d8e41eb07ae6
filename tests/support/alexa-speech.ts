import { check } from "ssml-check-core";
import { expect } from "vitest";
import { findLimitViolations, type Speech } from "../../lambda/coach";
import { speechText } from "../../lambda/local/speech-text";

/**
 * Asserts what every response must be: valid Alexa SSML by a real checker (ssml-check-core,
 * amazon platform) and inside Alexa's size, break and duration limits.
 */
export async function expectValidAlexaSpeech(speech: Speech): Promise<void> {
  const errors = await check(speech.ssml, { platform: "amazon", locale: "en-US" });
  expect(errors, `invalid SSML: ${speech.ssml.slice(0, 200)}`).toBeUndefined();
  expect(findLimitViolations(speech.ssml, speech.estimatedSeconds)).toEqual([]);
}

/** The words a listener hears: tags and pauses dropped, entities decoded, whitespace folded. */
export function spokenText(ssml: string): string {
  return speechText(ssml, { showPauses: false });
}

/** Every break in order, in seconds. */
export function breakSeconds(ssml: string): number[] {
  return [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]) / 1000);
}

export function endsWithQuestion(ssml: string): boolean {
  return spokenText(ssml).endsWith("?");
}
