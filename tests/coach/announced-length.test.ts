import { describe, expect, it } from "vitest";
import {
  announcedMinutes,
  estimatedWorkoutSeconds,
  PACES,
  type Pace,
  remainingAfter,
  STANDARD_PACE,
  startWorkout,
  WORKOUTS,
} from "../../lambda/coach";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { wordsOf } from "../../lambda/i18n/words";
import { spokenText } from "../support/alexa-speech";

/** Stated length is spoken length: what a workout promises is what the user will hear. */

const v = voice(DEFAULT_LOCALE);
const EVERY_WORKOUT_AT_EVERY_PACE = WORKOUTS.flatMap((w) =>
  PACES.map((pace): [string, Pace] => [w.id, pace]),
);

describe("the length a workout announces", () => {
  it.each(EVERY_WORKOUT_AT_EVERY_PACE)(
    "%s at pace %s is within 10% of its spoken estimate",
    (id, pace) => {
      const workout = WORKOUTS.find((w) => w.id === id);
      if (!workout) throw new Error(id);
      const spokenMinutes = estimatedWorkoutSeconds(v, workout, pace) / 60;
      const announced = announcedMinutes(v, workout, pace);
      expect(Math.abs(announced - spokenMinutes) / spokenMinutes).toBeLessThanOrEqual(0.1);
    },
  );

  it.each(EVERY_WORKOUT_AT_EVERY_PACE)(
    "%s at pace %s says that length in its introduction, and 'how much is left' agrees",
    (id, pace) => {
      const workout = WORKOUTS.find((w) => w.id === id);
      if (!workout) throw new Error(id);
      const announced = announcedMinutes(v, workout, pace);
      const first = startWorkout(v, workout.id, {}, pace);
      expect(spokenText(first.speech.ssml)).toContain(`about ${v.duration(announced * 60)}`);
      // Just after the introduction, what is left and what was just said make the length
      // announced: both come from the same estimates, at the same pace.
      const left = remainingAfter(v, first.progress, pace).seconds;
      const whole = (left + first.speech.estimatedSeconds) / 60;
      expect(Math.abs(whole - announced) / announced).toBeLessThanOrEqual(0.1);
    },
  );

  it("follows the pace: a slower count announces a longer blaster", () => {
    const blaster = WORKOUTS.find((w) => w.id === "back-fat-blaster");
    if (!blaster) throw new Error("no blaster");
    const lengths = PACES.map((pace) => estimatedWorkoutSeconds(v, blaster, pace));
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(announcedMinutes(v, blaster, 1.6)).toBeGreaterThan(
      announcedMinutes(v, blaster, STANDARD_PACE),
    );
  });

  it("is never a number in the words: each introduction says it once, as {length}", () => {
    for (const [id, words] of Object.entries(wordsOf(DEFAULT_LOCALE).workouts)) {
      expect(words.intro.match(/\{length\}/g), id).toHaveLength(1);
      expect(`${words.title} ${words.intro}`, id).not.toMatch(
        /\b(?:five|seven|eight|ten|twelve|fifteen|twenty|twenty-five|thirty|thirty-five)-minute (?!row)/,
      );
    }
  });
});
