/**
 * The console's clock. A device stamps each request with the time it is made, and Back Coach
 * reads those times to tell a segment heard to its end from one cut off. So the console
 * stamps each line as if the user had listened to the whole previous answer (its estimated
 * length, then a second to start speaking); the commands below bend that.
 */

/** Seconds between the end of an answer and the user's next words. */
const REACTION_SECONDS = 1;
/** How long a device listens before it plays the reprompt, or gives up. */
const LISTEN_SECONDS = 8;

export type ClockCommand =
  | { readonly kind: "wait"; readonly seconds: number }
  | { readonly kind: "interrupt"; readonly seconds: number }
  | { readonly kind: "silence" };

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
/** Far enough for tests over months, near enough that a typo does not jump centuries. */
const MAX_WAIT_SECONDS = 366 * 86_400;

/**
 * `/wait N` (seconds; or `90s`, `5m`, `2h`, `3d`), `/interrupt N` (seconds into the last answer),
 * `/silence`. Undefined for any other line, and for a malformed command, which is then said as
 * a line (and not understood), as a typo would be.
 */
export function parseClockCommand(line: string): ClockCommand | undefined {
  if (line === "/silence") return { kind: "silence" };
  const wait = /^\/wait (\d+(?:\.\d+)?)([smhd]?)$/.exec(line);
  if (wait) {
    const seconds = Number(wait[1]) * (UNIT_SECONDS[wait[2] || "s"] ?? 1);
    return seconds <= MAX_WAIT_SECONDS ? { kind: "wait", seconds } : undefined;
  }
  const interrupt = /^\/interrupt (\d+(?:\.\d+)?)$/.exec(line);
  if (interrupt) return { kind: "interrupt", seconds: Number(interrupt[1]) };
  return undefined;
}

export class ConsoleClock {
  /** When the last request was made, and how long its answer takes to say. */
  private lastAt: number;
  private answerSeconds = 0;
  private nextAt: number | undefined;

  constructor(start: number) {
    this.lastAt = start - REACTION_SECONDS * 1000;
  }

  /** The time of a request being sent now; the answer's length follows with heard(). */
  request(): number {
    const at = this.nextAt ?? this.lastAt + (this.answerSeconds + REACTION_SECONDS) * 1000;
    this.nextAt = undefined;
    this.lastAt = at;
    this.answerSeconds = 0;
    return at;
  }

  /** The answer to the last request takes this long to say. */
  heard(seconds: number): void {
    if (this.nextAt === undefined) this.answerSeconds += seconds;
    else this.nextAt += seconds * 1000;
  }

  /** The next line is said this many seconds into the last answer (a barge-in). */
  interrupt(seconds: number): void {
    this.nextAt = this.lastAt + seconds * 1000;
  }

  /** Lets time pass after the last answer has been heard. */
  wait(seconds: number): void {
    this.nextAt = this.natural() + seconds * 1000;
  }

  /** The user says nothing: the device listens, then plays the reprompt (or gives up). */
  silence(): void {
    this.nextAt = this.natural() + (LISTEN_SECONDS - REACTION_SECONDS) * 1000;
  }

  private natural(): number {
    return this.nextAt ?? this.lastAt + (this.answerSeconds + REACTION_SECONDS) * 1000;
  }
}
