/**
 * The coach's rotating lines. A user who trains every week hears these hundreds of times, so
 * each category rotates and the same line never plays twice in a row. Which line comes next is
 * decided only by the `Variety` state passed in, so speech is repeatable in tests and replays.
 */

export const LINES = {
  /** After a set or a hold. */
  praise: [
    "Nice work.",
    "Strong set.",
    "That's the way.",
    "Good, controlled work.",
    "Well done.",
    "Great form.",
  ],
  /** Said with two reps to go; short, because it must fit between two counts. */
  twoToGo: ["Two more.", "Just two left.", "Two to go."],
  /** During a long hold. */
  holdOn: ["Breathe steadily.", "Stay tight through your middle.", "Keep your hips level."],
  /** Between sets, while resting. */
  rest: [
    "Shake out your arms and breathe.",
    "Breathe in through your nose, out through your mouth.",
    "Grab a sip of water if you need it.",
    "Roll your shoulders and loosen your grip.",
  ],
  /** Introducing the next move. */
  transition: ["Next up:", "Moving on to", "Now for", "Time for"],
  /** During a hard interval. */
  push: [
    "Keep pushing!",
    "Breathe hard, stay strong!",
    "You've got this, keep the pace up!",
    "Dig in!",
  ],
  /** During an easy, moderate or steady interval. */
  steady: [
    "Nice steady rhythm.",
    "Stay loose and keep moving.",
    "Good pace, keep it up.",
    "Breathe easy, you're doing great.",
  ],
  /** Asked before the next move's introduction. */
  nextMove: ["Ready for the next move?", "Ready to move on?", "Shall we move on?"],
  /** After a cardio block. */
  blockDone: ["Great effort.", "That's how it's done.", "Brilliant work.", "Nicely done."],
} as const satisfies Record<string, readonly string[]>;

export type LineCategory = keyof typeof LINES;

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
