import { describe, expect, it } from "vitest";
import { getExercise, SpeechBuilder } from "../../../lambda/coach";
import { LinePicker } from "../../../lambda/coach/lines";
import { countdownMarks, countHold } from "../../../lambda/coach/segments/count-hold";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";
import { spokenText } from "../../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

describe("countHold", () => {
  it("counts a short hold down every second", () => {
    expect(countdownMarks(10)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it("marks tens and then the last five seconds of a long hold", () => {
    expect(countdownMarks(30)).toEqual([20, 10, 5, 4, 3, 2, 1]);
  });

  it("times a thirty-second plank to thirty seconds of holding", () => {
    const b = new SpeechBuilder();
    countHold(
      b,
      v,
      { kind: "hold", sets: 1, seconds: 30, restSeconds: 0 },
      getExercise("plank"),
      new LinePicker(v, {}),
    );
    const speech = b.build();
    const text = spokenText(speech.ssml);
    expect(text).toMatch(/^Get into position\. Hold for thirty seconds\. Twenty seconds to go\./);
    expect(text).toMatch(/Ten seconds to go\. five four three two one And rest\.$/);
    // Three seconds to get set, thirty of holding, and a few seconds of calls around them.
    expect(speech.estimatedSeconds).toBeGreaterThan(30 + 3);
    expect(speech.estimatedSeconds).toBeLessThan(30 + 3 + 5);
  });

  it("holds each side of a side plank", () => {
    const b = new SpeechBuilder();
    countHold(
      b,
      v,
      { kind: "hold", sets: 1, seconds: 20, restSeconds: 0 },
      getExercise("side-plank"),
      new LinePicker(v, {}),
    );
    const text = spokenText(b.build().ssml);
    expect(text.match(/Hold for twenty seconds/g)).toHaveLength(2);
    expect(text).toContain("Switch sides. Left side.");
  });
});
