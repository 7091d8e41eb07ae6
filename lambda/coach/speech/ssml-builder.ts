import { ALEXA_LIMITS } from "./limits";
import { estimateSpeechSeconds, trailingPauseSeconds } from "./speech-rate";

/** What a running clock times: a hold, a rest between sets, or a cardio phase at an intensity. */
export type CountdownLabel = "hold" | "rest" | "easy" | "moderate" | "steady" | "hard";

/**
 * A clock the speech runs against: it reads `seconds` at `startsAt` (seconds from the start of
 * the response) and counts down, so a screen can show "0:30" as the voice says "thirty seconds
 * left". Kept on the same timeline as the cues `at()` places.
 */
export interface Countdown {
  readonly startsAt: number;
  readonly seconds: number;
  readonly label: CountdownLabel;
}

/** What one Alexa response says: SSML plus how long it should take to say it. */
export interface Speech {
  readonly ssml: string;
  readonly estimatedSeconds: number;
  /** The clocks this speech runs against, in order; absent when nothing is timed. */
  readonly countdowns?: readonly Countdown[];
}

export type EmphasisLevel = "reduced" | "moderate" | "strong";

const SPEAK_OPEN = "<speak>";
const SPEAK_CLOSE = "</speak>";

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

const round = (seconds: number): number => Math.round(seconds * 10) / 10;

/**
 * Escapes text so nothing in it can be read as markup. Every line said is escaped: one scan of
 * character codes, copying only when there is something to escape.
 */
export function escapeSsmlText(text: string): string {
  let escaped = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // & < > " '
    if (code !== 38 && code !== 60 && code !== 62 && code !== 34 && code !== 39) continue;
    escaped += text.slice(from, i) + (XML_ESCAPES[text.charAt(i)] ?? "");
    from = i + 1;
  }
  return from === 0 ? text : escaped + text.slice(from);
}

/**
 * Builds one response's SSML and keeps a running clock of how long it takes to say, so a coach
 * can place a cue at an exact second ("thirty seconds left") with `at()`.
 *
 * Text is always escaped; pauses are merged and cut into breaks of at most ten seconds; a pause
 * left at the very end is dropped (nothing follows it, so it would only be dead air).
 */
export class SpeechBuilder {
  private readonly parts: string[] = [];
  private readonly countdowns: Countdown[] = [];
  private spokenSeconds = 0;
  private pendingPauseMs = 0;
  /** The pause after the last text said, counted in `spokenSeconds` until a break replaces it. */
  private trailingPause = 0;

  /** Seconds from the start of the response to the end of what has been added so far. */
  get elapsed(): number {
    return this.spokenSeconds + this.pendingPauseMs / 1000;
  }

  say(text: string, emphasis?: EmphasisLevel): this {
    const trimmed = text.trim();
    if (trimmed === "") return this;
    this.flushPause();
    const escaped = escapeSsmlText(trimmed);
    this.parts.push(emphasis ? `<emphasis level="${emphasis}">${escaped}</emphasis>` : escaped);
    this.spokenSeconds += estimateSpeechSeconds(trimmed);
    this.trailingPause = trailingPauseSeconds(trimmed);
    return this;
  }

  /** Adds speech built elsewhere (already escaped SSML), e.g. a workout segment after a greeting. */
  include(speech: Speech): this {
    // One slice, not two regular expressions over a whole segment's SSML.
    const { ssml } = speech;
    const from = ssml.startsWith(SPEAK_OPEN) ? SPEAK_OPEN.length : 0;
    const to = ssml.endsWith(SPEAK_CLOSE) ? ssml.length - SPEAK_CLOSE.length : ssml.length;
    const inner = ssml.slice(from, to).trim();
    if (inner === "") return this;
    this.flushPause();
    // Its clocks move with it: they start where the included speech now starts.
    for (const c of speech.countdowns ?? [])
      this.countdowns.push({ ...c, startsAt: round(this.spokenSeconds + c.startsAt) });
    this.parts.push(inner);
    this.spokenSeconds += speech.estimatedSeconds;
    this.trailingPause = 0;
    return this;
  }

  pause(seconds: number): this {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(`pause needs a non-negative number of seconds, got ${seconds}`);
    }
    if (seconds > 0) {
      // The break stands where Alexa would have paused after the sentence: it replaces that pause.
      this.spokenSeconds -= this.trailingPause;
      this.trailingPause = 0;
    }
    this.pendingPauseMs += Math.round(seconds * 1000);
    return this;
  }

  /** Pauses until the clock reads `seconds`; does nothing if speech already ran past it. */
  padTo(seconds: number): this {
    // Measured from the end of the words: the break about to be placed replaces their pause.
    const gap = seconds - (this.elapsed - this.trailingPause);
    return gap > 0 ? this.pause(gap) : this;
  }

  /** Says `text` starting at `seconds` from the start of the response (or right away if late). */
  at(seconds: number, text: string, emphasis?: EmphasisLevel): this {
    return this.padTo(seconds).say(text, emphasis);
  }

  /** Starts a clock of `seconds` now (or at `startsAt`), for a screen to count down with. */
  countdown(label: CountdownLabel, seconds: number, startsAt: number = this.elapsed): this {
    this.countdowns.push({ startsAt: round(startsAt), seconds, label });
    return this;
  }

  /**
   * Writes the pause waiting at the end now, so it survives `build()`: for speech that something
   * else follows in the same answer (a rest between sets, then the next set, hands-free).
   */
  keepPause(): this {
    this.flushPause();
    return this;
  }

  build(): Speech {
    const ssml = `${SPEAK_OPEN}${this.parts.join(" ")}${SPEAK_CLOSE}`;
    const estimatedSeconds = round(this.spokenSeconds);
    return this.countdowns.length > 0
      ? { ssml, estimatedSeconds, countdowns: [...this.countdowns] }
      : { ssml, estimatedSeconds };
  }

  private flushPause(): void {
    let remaining = this.pendingPauseMs;
    // Alexa ignores breaks over ten seconds, so a long pause becomes several.
    const maxMs = ALEXA_LIMITS.maxBreakSeconds * 1000;
    while (remaining > 0) {
      const chunk = Math.min(remaining, maxMs);
      this.parts.push(`<break time="${chunk}ms"/>`);
      remaining -= chunk;
    }
    this.spokenSeconds += this.pendingPauseMs / 1000;
    this.pendingPauseMs = 0;
  }
}
