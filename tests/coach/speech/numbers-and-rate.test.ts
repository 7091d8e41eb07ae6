import { describe, expect, it } from "vitest";
import { estimateSpeechSeconds } from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";

const v = voice(DEFAULT_LOCALE);

describe("v.number", () => {
  it.each([
    [0, "zero"],
    [7, "seven"],
    [12, "twelve"],
    [20, "twenty"],
    [42, "forty-two"],
    [100, "one hundred"],
    [1300, "one thousand three hundred"],
  ])("says %i as %s", (n, words) => {
    expect(v.number(n)).toBe(words);
  });

  it("refuses what it cannot say", () => {
    expect(() => v.number(-1)).toThrow(RangeError);
    expect(() => v.number(2.5)).toThrow(RangeError);
  });
});

describe("v.duration", () => {
  it.each([
    [1, "one second"],
    [30, "thirty seconds"],
    [60, "one minute"],
    [90, "a minute and a half"],
    [150, "two and a half minutes"],
    [600, "ten minutes"],
  ])("says %i s as %s", (seconds, words) => {
    expect(v.duration(seconds)).toBe(words);
  });
});

describe("v.count", () => {
  it.each([
    ["set", 1, "one set"],
    ["set", 3, "three sets"],
    ["move", 9, "nine moves"],
    ["minute", 31, "thirty-one minutes"],
    ["hardStretch", 1, "one hard stretch"],
    ["hardStretch", 8, "eight hard stretches"],
  ] as const)("says %s x %i as %s", (noun, n, words) => {
    expect(v.count(noun, n)).toBe(words);
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
