import { describe, expect, it } from "vitest";
import { spokenDuration, spokenNumber, withDigits } from "../../lambda/local/spoken-number";

describe("spokenNumber (what Alexa does to a spoken AMAZON.NUMBER)", () => {
  it.each([
    ["40", "40"],
    ["forty", "40"],
    ["forty two", "42"],
    ["forty-two", "42"],
    ["one hundred eighty", "180"],
    ["a hundred and eighty", "180"],
    ["about 180", "180"],
    ["two thousand five hundred", "2500"],
    ["banana", "?"],
    ["", "?"],
  ])("hears '%s' as %s", (spoken, digits) => {
    expect(spokenNumber(spoken)).toBe(digits);
  });
});

describe("withDigits (numbers past twenty, as a recognizer hands them over)", () => {
  it.each([
    ["a sixty minute workout", "a 60 minute workout"],
    ["a hundred and twenty minute workout", "120 minute workout"],
    ["give me forty five minutes", "give me 45 minutes"],
    ["start an eight move routine", "start an 8 move routine"],
    ["a band", "a band"],
    ["start the back fat blaster", "start the back fat blaster"],
  ])("'%s' becomes '%s'", (phrase, expected) => {
    expect(withDigits(phrase)).toBe(expected);
  });
});

describe("spokenDuration (what Alexa sends for AMAZON.DURATION)", () => {
  it.each([
    ["thirty minutes", "PT30M"],
    ["an hour", "PT1H"],
    ["an hour and a half", "PT1H30M"],
    ["two hours", "PT2H"],
    ["forty five minutes", "PT45M"],
    ["banana", "?"],
  ])("hears '%s' as %s", (spoken, iso) => {
    expect(spokenDuration(spoken)).toBe(iso);
  });
});
