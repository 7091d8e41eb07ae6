import words from "../content/en-US.words.json" with { type: "json" };

/**
 * The coach's rotating lines. A user who trains every week hears these hundreds of times, so
 * each category rotates and the same line never plays twice in a row. Which line comes next is
 * decided only by the `Variety` state passed in, so speech is repeatable in tests and replays.
 */

export interface CoachLines {
  /** After a set or a hold. */
  readonly praise: readonly string[];
  /** Said with two reps to go; short, because it must fit between two counts. */
  readonly twoToGo: readonly string[];
  /** During a long hold. */
  readonly holdOn: readonly string[];
  /** Between sets, while resting. */
  readonly rest: readonly string[];
  /** Introducing the next move. */
  readonly transition: readonly string[];
  /** During a hard interval. */
  readonly push: readonly string[];
  /** During an easy, moderate or steady interval. */
  readonly steady: readonly string[];
  /** Asked before the next move's introduction. */
  readonly nextMove: readonly string[];
  /** After a cardio block. */
  readonly blockDone: readonly string[];
}

/** The lines themselves: the coach section of lambda/content/en-US.words.json. */
export const LINES: CoachLines = words.coach;

export type LineCategory = keyof CoachLines;

/** Which line of each category was said last. Plain data: stored with the user's progress. */
export type Variety = Readonly<Partial<Record<LineCategory, number>>>;

export const FRESH_VARIETY: Variety = {};

/**
 * Hands out lines for one response and reports the variety state afterwards. Rotation moves one
 * step per use, so no line repeats until the whole category has been heard.
 */
export class LinePicker {
  private readonly last: Partial<Record<LineCategory, number>>;

  constructor(variety: Variety) {
    this.last = { ...variety };
  }

  next(category: LineCategory): string {
    const lines = LINES[category];
    const previous = this.last[category];
    const index = previous === undefined ? 0 : (previous + 1) % lines.length;
    this.last[category] = index;
    return lines[index] as string;
  }

  get variety(): Variety {
    return { ...this.last };
  }
}
