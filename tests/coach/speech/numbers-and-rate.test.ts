import { describe, expect, it } from "vitest";
import { estimateSpeechSeconds } from "../../../lambda/coach";
import { durationWords, numberWords } from "../../../lambda/coach/speech/numbers";

describe("numberWords", () => {
  it.each([
    [0, "zero"],
    [7, "seven"],
    [12, "twelve"],
    [20, "twenty"],
    [42, "forty-two"],
    [100, "one hundred"],
    [1300, "one thousand three hundred"],
  ])("says %i as %s", (n, words) => {
    expect(numberWords(n)).toBe(words);
  });

  it("refuses what it cannot say", () => {
    expect(() => numberWords(-1)).toThrow(RangeError);
    expect(() => numberWords(2.5)).toThrow(RangeError);
  });
});

describe("durationWords", () => {
  it.each([
    [1, "one second"],
    [30, "thirty seconds"],
    [60, "one minute"],
    [90, "a minute and a half"],
    [150, "two and a half minutes"],
    [600, "ten minutes"],
  ])("says %i s as %s", (seconds, words) => {
    expect(durationWords(seconds)).toBe(words);
  });
});

describe("estimateSpeechSeconds", () => {
  it("is zero for nothing to say", () => {
    expect(estimateSpeechSeconds("  ")).toBe(0);
  });

  it("adds a pause for each sentence end and clause", () => {
    const plain = estimateSpeechSeconds("ready for set two");
    const punctuated = estimateSpeechSeconds("Ready, for set two?");
    expect(punctuated - plain).toBeCloseTo(0.15 + 0.35, 5);
  });

  it("counts a written number as the words it is spoken as", () => {
    expect(estimateSpeechSeconds("1,300")).toBeGreaterThan(estimateSpeechSeconds("twelve"));
  });
});
