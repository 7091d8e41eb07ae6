/**
 * Alexa's limits for one response (docs/architecture.md, Alexa's limits). Every segment the
 * engine builds is checked against them; the skill's responses are too.
 */
export const ALEXA_LIMITS = {
  /** outputSpeech.ssml length, tags included. */
  maxSsmlCharacters: 8000,
  /** One <break> may be at most ten seconds. */
  maxBreakSeconds: 10,
  /**
   * Audio (and, as our own rule, estimated speech) per response. Kept as it is for hands-free
   * answers (coach/hands-free.ts): Alexa documents it for audio only, but every round of the
   * blaster (a move and its two minutes of cardio, under four minutes) already fits, so there
   * is no reason to go past it.
   */
  maxSpeechSeconds: 240,
  maxAudioTags: 5,
} as const;

export interface LimitViolation {
  readonly limit: keyof typeof ALEXA_LIMITS;
  readonly detail: string;
}

/**
 * Checks the size limits that an XML validator cannot know about. Structural validity (tags,
 * attributes, escaping) is the job of a real SSML checker in the tests.
 */
export function findLimitViolations(ssml: string, estimatedSeconds: number): LimitViolation[] {
  const problems: LimitViolation[] = [];
  if (ssml.length > ALEXA_LIMITS.maxSsmlCharacters) {
    problems.push({
      limit: "maxSsmlCharacters",
      detail: `${ssml.length} characters (max ${ALEXA_LIMITS.maxSsmlCharacters})`,
    });
  }
  for (const match of ssml.matchAll(/<break\b[^>]*\btime="([\d.]+)(ms|s)"/g)) {
    const value = Number(match[1]);
    const seconds = match[2] === "ms" ? value / 1000 : value;
    if (seconds > ALEXA_LIMITS.maxBreakSeconds) {
      problems.push({ limit: "maxBreakSeconds", detail: `a break of ${seconds}s` });
    }
  }
  if (estimatedSeconds > ALEXA_LIMITS.maxSpeechSeconds) {
    problems.push({
      limit: "maxSpeechSeconds",
      detail: `about ${Math.round(estimatedSeconds)}s of speech (max ${ALEXA_LIMITS.maxSpeechSeconds})`,
    });
  }
  const audioTags = (ssml.match(/<audio\b/g) ?? []).length;
  if (audioTags > ALEXA_LIMITS.maxAudioTags) {
    problems.push({ limit: "maxAudioTags", detail: `${audioTags} audio tags` });
  }
  return problems;
}
