import { describe, expect, it } from "vitest";
import {
  deliveryFor,
  getExercise,
  getWorkout,
  PACES,
  type Pace,
  planFor,
  SpeechBuilder,
  STANDARD_PACE,
  speakSegment,
} from "../../../lambda/coach";
import type { RepsPrescription } from "../../../lambda/coach/catalog/types";
import { LinePicker } from "../../../lambda/coach/lines";
import { countReps } from "../../../lambda/coach/segments/count-reps";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";
import { breakSeconds, expectValidAlexaSpeech, spokenText } from "../../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);
const WORDS = Array.from({ length: 12 }, (_, i) => v.number(i + 1));

function counted(p: RepsPrescription, exerciseId: string, pace: Pace = STANDARD_PACE) {
  const b = new SpeechBuilder();
  countReps(b, v, p, getExercise(exerciseId), new LinePicker(v, {}), pace);
  return b.build();
}

describe("countReps", () => {
  const twelve: RepsPrescription = {
    kind: "reps",
    sets: 1,
    reps: 12,
    restSeconds: 0,
    tempoSeconds: 3,
  };

  it("says every number from one to the target, in order", () => {
    const text = spokenText(counted(twelve, "lumbar-extension").ssml);
    const numbers = text.split(/[\s.,!?]+/).filter((w) => WORDS.includes(w));
    expect(numbers).toEqual(WORDS);
  });

  it("never rushes: every number is followed by a pause before the next", () => {
    const { ssml } = counted(twelve, "lumbar-extension");
    for (let i = 1; i < WORDS.length; i++) {
      const pattern = new RegExp(`\\b${WORDS[i - 1]}\\b(?:(?!\\b${WORDS[i]}\\b).)*<break`);
      expect(ssml, `no pause between ${WORDS[i - 1]} and ${WORDS[i]}`).toMatch(pattern);
    }
  });

  it("sizes the pauses so a rep takes its tempo", () => {
    const speech = counted(twelve, "lumbar-extension");
    // Twelve reps at three seconds is 36 s of counting, plus "Go." and the last number.
    expect(speech.estimatedSeconds).toBeGreaterThanOrEqual(36);
    expect(speech.estimatedSeconds).toBeLessThan(36 + 2);
    const typicalPause = breakSeconds(speech.ssml)[3] ?? 0;
    expect(typicalPause).toBeGreaterThan(2);
    expect(typicalPause).toBeLessThan(3);
  });

  it("encourages with two reps to go", () => {
    const text = spokenText(counted(twelve, "lumbar-extension").ssml);
    expect(text).toMatch(/ten (Two more|Just two left|Two to go)\. eleven/);
  });

  it("counts each side of a one-sided move, with a switch between", () => {
    const text = spokenText(counted({ ...twelve, tempoSeconds: 2.5 }, "single-arm-row").ssml);
    expect(text).toMatch(
      /^Right side\. Go\. one .* twelve Switch sides\. Left side\. Go\. one .* twelve$/,
    );
    expect(text.match(/\btwelve\b/g)).toHaveLength(2);
  });

  it("counts an alternating move as one run of numbers", () => {
    const text = spokenText(
      counted(
        { kind: "reps", sets: 1, reps: 20, alternating: true, restSeconds: 0 },
        "renegade-row",
      ).ssml,
    );
    expect(text).not.toContain("Switch sides");
    expect(text).toMatch(/nineteen twenty$/);
  });

  it("holds each rep of a held move and counts the hold down", () => {
    const speech = counted(
      { kind: "reps", sets: 1, reps: 2, holdSeconds: 10, restSeconds: 0, tempoSeconds: 3 },
      "bridge",
    );
    const text = spokenText(speech.ssml);
    expect(text).toBe(
      "Go. One. Hold. five four three two one And relax. Two. Hold. five four three two one And relax.",
    );
    // Two reps of 3 s movement + 10 s hold.
    expect(speech.estimatedSeconds).toBeCloseTo(26 + 0.4, 0);
  });

  it.each(PACES.map((pace) => [pace]))(
    "at pace %s, each rep takes the tempo times the pace",
    (pace) => {
      // Twelve reps at 3 s x pace, plus "Go." and the last number.
      const seconds = counted(twelve, "lumbar-extension", pace).estimatedSeconds;
      expect(seconds).toBeGreaterThanOrEqual(36 * pace);
      expect(seconds).toBeLessThan(36 * pace + 2);
    },
  );

  it("keeps a held rep's squeeze on the clock whatever the pace", () => {
    const held: RepsPrescription = {
      kind: "reps",
      sets: 1,
      reps: 2,
      holdSeconds: 10,
      restSeconds: 0,
      tempoSeconds: 3,
    };
    const standard = counted(held, "bridge").estimatedSeconds;
    const slowest = counted(held, "bridge", 1.6).estimatedSeconds;
    // Only the movement stretches, 3 s x 0.6 more a rep; the 10 s holds stay 10 s. The last
    // rep's way down (half its movement) is trailing silence, which the builder drops.
    // Each estimate is rounded to a tenth of a second, so the difference is good to two.
    expect(Math.abs(slowest - standard - 1.5 * 3 * 0.6)).toBeLessThanOrEqual(0.11);
  });

  it("tells the user when a count is a ceiling, not a target", () => {
    const text = spokenText(counted({ ...twelve, asManyAsYouCan: true }, "push-up").ssml);
    expect(text).toMatch(/^Stop when your form slips\. Go\./);
  });
});

describe("set segments", () => {
  const workout = getWorkout("home-calisthenics");
  const plans = planFor(workout);

  it("says the set number and rests before the next set", async () => {
    const firstSet = plans.findIndex((p) => p.kind === "set");
    const speech = speakSegment(v, workout, plans, firstSet, {}, deliveryFor(v, workout));
    const text = spokenText(speech.ssml);
    expect(text).toMatch(/^Set one of three\. Go\./);
    expect(text).toMatch(/Rest for thirty seconds\..*Ten seconds\. Ready for set two\?$/);
    await expectValidAlexaSpeech(speech);
  });

  it("closes a move's last set by naming it done and asking about the next move", () => {
    const lastSet = plans.findIndex((p) => p.kind === "set" && p.set === 3);
    const text = spokenText(
      speakSegment(v, workout, plans, lastSet, {}, deliveryFor(v, workout)).ssml,
    );
    expect(text).toMatch(/^Set three of three\./);
    expect(text).toContain("That's lumbar extensions done.");
    expect(text).not.toContain("Rest for");
  });
});
