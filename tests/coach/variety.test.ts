import { describe, expect, it } from "vitest";
import {
  deliveryFor,
  getWorkout,
  LINE_CATEGORIES,
  type LineCategory,
  planFor,
  speakSegment,
  startWorkout,
  type Variety,
} from "../../lambda/coach";
import { LinePicker } from "../../lambda/coach/lines";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { spokenText } from "../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);
const CATEGORIES = LINE_CATEGORIES;

function scriptOf(workoutId: string, start: Variety = {}) {
  const workout = getWorkout(workoutId);
  const plans = planFor(workout);
  let variety = start;
  const texts = plans.map((_, index) => {
    const spoken = speakSegment(v, workout, plans, index, variety, deliveryFor(v, workout));
    variety = spoken.variety;
    return spokenText(spoken.ssml);
  });
  return { texts, variety };
}

/** Every rotating line in the order a listener hears them, per category. */
function linesHeard(texts: readonly string[], category: LineCategory): string[] {
  const lines: readonly string[] = v.lines(category);
  const heard: string[] = [];
  for (const text of texts) {
    const found = lines
      .flatMap((line) =>
        [...text.matchAll(new RegExp(line.replace(/[.*+?^${}()|[\]\\!]/g, "\\$&"), "g"))].map(
          (m) => ({ line, at: m.index ?? 0 }),
        ),
      )
      .sort((a, b) => a.at - b.at);
    heard.push(...found.map((f) => f.line));
  }
  return heard;
}

describe("rotating lines", () => {
  it.each(CATEGORIES)(
    "%s never repeats a line twice in a row, and uses every line before any repeats",
    (category) => {
      const picker = new LinePicker(v, {});
      const n = v.lines(category).length;
      const drawn = Array.from({ length: n * 3 }, () => picker.next(category));
      for (let i = 1; i < drawn.length; i++) expect(drawn[i]).not.toBe(drawn[i - 1]);
      expect(new Set(drawn.slice(0, n)).size).toBe(n);
    },
  );

  it("has at least three lines in every category", () => {
    for (const category of CATEGORIES) expect(v.lines(category).length).toBeGreaterThanOrEqual(3);
  });

  it("never plays the same praise twice in a row through a whole workout", () => {
    for (const id of ["back-fat-blaster", "home-calisthenics", "hiit"]) {
      const { texts } = scriptOf(id);
      for (const category of ["praise", "push", "steady", "rest"] as const) {
        const heard = linesHeard(texts, category);
        for (let i = 1; i < heard.length; i++)
          expect(heard[i], `${id} ${category}`).not.toBe(heard[i - 1]);
      }
    }
  });

  it("carries on rotating into the user's next workout", () => {
    const first = scriptOf("home-calisthenics");
    const lastPraise = linesHeard(first.texts, "praise").at(-1);
    const next = scriptOf("home-calisthenics", first.variety);
    expect(linesHeard(next.texts, "praise")[0]).not.toBe(lastPraise);
  });

  it("is deterministic: the same state gives the same words", () => {
    expect(scriptOf("back-fat-blaster").texts).toEqual(scriptOf("back-fat-blaster").texts);
    const variety: Variety = { praise: 2, push: 1 };
    expect(startWorkout(v, "hiit", variety)).toEqual(startWorkout(v, "hiit", variety));
  });

  it("starts from a different line when the stored variety says so", () => {
    const fresh = scriptOf("home-calisthenics").texts.join(" ");
    const seasoned = scriptOf("home-calisthenics", { praise: 0, rest: 0 }).texts.join(" ");
    expect(seasoned).not.toEqual(fresh);
  });
});
