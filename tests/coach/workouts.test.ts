import { describe, expect, it } from "vitest";
import {
  ALEXA_LIMITS,
  deliveryFor,
  estimatedWorkoutSeconds,
  getWorkout,
  planFor,
  speakSegment,
  type Variety,
  WORKOUTS,
} from "../../lambda/coach";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { endsWithQuestion, expectValidAlexaSpeech, spokenText } from "../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

function renderAll(workoutId: string) {
  const workout = getWorkout(workoutId);
  const plans = planFor(workout);
  let variety: Variety = {};
  return plans.map((plan, index) => {
    const spoken = speakSegment(v, workout, plans, index, variety, deliveryFor(v, workout));
    variety = spoken.variety;
    return { plan, ...spoken };
  });
}

describe.each(WORKOUTS.map((w) => [w.id]))("every segment of %s", (id) => {
  const segments = renderAll(id);

  it("is valid Alexa SSML within every limit", async () => {
    for (const segment of segments) await expectValidAlexaSpeech(segment);
  });

  it("ends with a question so the session stays open (the last: the skill asks after it)", () => {
    for (const segment of segments.slice(0, -1))
      expect(endsWithQuestion(segment.ssml), segment.ssml).toBe(true);
  });

  it("stays well inside the 240-second limit", () => {
    for (const segment of segments) {
      expect(segment.estimatedSeconds).toBeLessThan(ALEXA_LIMITS.maxSpeechSeconds - 20);
    }
  });

  it("is estimated within a quarter of the workout's stated minutes", () => {
    const workout = getWorkout(id);
    const estimate = estimatedWorkoutSeconds(v, workout);
    expect(Math.abs(estimate - workout.minutes * 60) / (workout.minutes * 60)).toBeLessThanOrEqual(
      0.25,
    );
  });

  it("opens with the workout's introduction and closes with a summary", () => {
    const workout = getWorkout(id);
    expect(spokenText(segments[0]?.ssml ?? "")).toContain(v.workout(workout.id).intro.slice(0, 20));
    expect(spokenText(segments.at(-1)?.ssml ?? "")).toMatch(
      /That's the end of .*You did .* moves? in about [^.]+\.$/,
    );
  });
});

describe("timing targets", () => {
  it("estimates the 15-minute back fat blaster within 10% of 15 minutes", () => {
    const seconds = estimatedWorkoutSeconds(v, getWorkout("back-fat-blaster"));
    expect(Math.abs(seconds - 15 * 60) / (15 * 60)).toBeLessThanOrEqual(0.1);
  });

  it("estimates the 30-minute version within 10% of 30 minutes", () => {
    const seconds = estimatedWorkoutSeconds(v, getWorkout("back-fat-blaster-30"));
    expect(Math.abs(seconds - 30 * 60) / (30 * 60)).toBeLessThanOrEqual(0.1);
  });

  it("estimates each blaster cardio block at its two minutes plus short calls", () => {
    const cardio = renderAll("back-fat-blaster").filter((s) => s.plan.kind === "cardio");
    expect(cardio).toHaveLength(5);
    // The last one also carries the workout's closing summary.
    for (const block of cardio.slice(0, -1)) {
      expect(block.estimatedSeconds).toBeGreaterThanOrEqual(120);
      expect(block.estimatedSeconds).toBeLessThanOrEqual(120 * 1.15);
    }
  });
});

describe("the blaster as the user hears it", () => {
  const segments = renderAll("back-fat-blaster");

  it("introduces the first move, then counts it, then goes straight into cardio", () => {
    expect(segments.map((s) => s.plan.kind).slice(0, 4)).toEqual([
      "intro",
      "set",
      "cardio",
      "intro",
    ]);
    const set = spokenText(segments[1]?.ssml ?? "");
    expect(set).toMatch(
      /Next, jumping jacks: one minute moderate, then one minute hard\. Ready\?$/,
    );
    const cardio = spokenText(segments[2]?.ssml ?? "");
    expect(cardio).toContain("Now go hard!");
  });

  it("resumes the thirty-minute version's second round by saying so", () => {
    const round2 = renderAll("back-fat-blaster-30").find(
      (s) => s.plan.kind === "intro" && s.plan.blockIndex === 10,
    );
    expect(spokenText(round2?.ssml ?? "")).toMatch(/^Round two\./);
  });
});
