import type { Voice } from "../i18n/voice";

/**
 * The coach's rotating lines. A user who trains every week hears these hundreds of times, so
 * each category rotates and the same line never plays twice in a row. Which line comes next is
 * decided only by the `Variety` state passed in, so speech is repeatable in tests and replays.
 * The lines themselves are each locale's `coach` words.
 */
export const LINE_CATEGORIES = [
  /** After a set or a hold. */
  "praise",
  /** Said with two reps to go; short, because it must fit between two counts. */
  "twoToGo",
  /** During a long hold. */
  "holdOn",
  /** Between sets, while resting. */
  "rest",
  /** Introducing the next move. */
  "transition",
  /** During a hard interval. */
  "push",
  /** During an easy, moderate or steady interval. */
  "steady",
  /** Asked before the next move's introduction. */
  "nextMove",
  /** After a cardio block. */
  "blockDone",
] as const;
export type LineCategory = (typeof LINE_CATEGORIES)[number];

/** Which line of each category was said last. Plain data: stored with the user's progress. */
export type Variety = Readonly<Partial<Record<LineCategory, number>>>;

export const FRESH_VARIETY: Variety = {};

export function isLineCategory(value: string): value is LineCategory {
  return (LINE_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Hands out lines for one response and reports the variety state afterwards. Rotation moves one
 * step per use, so no line repeats until the whole category has been heard.
 */
export class LinePicker {
  private readonly last: Partial<Record<LineCategory, number>>;

  constructor(
    private readonly voice: Voice,
    variety: Variety,
  ) {
    this.last = { ...variety };
  }

  next(category: LineCategory): string {
    const lines = this.voice.lines(category);
    const previous = this.last[category];
    const index = previous === undefined ? 0 : (previous + 1) % lines.length;
    this.last[category] = index;
    return lines[index] as string;
  }

  get variety(): Variety {
    return { ...this.last };
  }
}
