import { describe, expect, it } from "vitest";
import { spokenNumber } from "../../lambda/local/spoken-number";

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
