import { describe, expect, it } from "vitest";
import { spokenNumber, withDigits } from "../../lambda/local/spoken-number";

describe("spokenNumber (what Alexa sends for a spoken AMAZON.NUMBER)", () => {
  it.each([
    ["40", "40"],
    ["forty", "40"],
    ["forty two", "42"],
    ["forty-two", "42"],
    ["zero", "0"],
    ["one hundred eighty", "180"],
    ["a hundred and sixty", "160"],
    ["a hundred and eighty", "180"],
    ["one hundred sixty five", "165"],
    ["one hundred and five", "105"],
    ["two thousand", "2000"],
    ["a thousand", "1000"],
    ["two thousand five hundred", "2500"],
    ["two thousand and twenty five", "2025"],
    ["eleven hundred", "1100"],
    ["about 180", "180"],
    ["around one eighty", "180"],
  ])("hears '%s' as %s", (spoken, digits) => {
    expect(spokenNumber(spoken)).toBe(digits);
  });

  it.each([
    // Weights, heights and years are said in pieces under a hundred, one after the other.
    ["one sixty five", "165"],
    ["one eighty", "180"],
    ["two ten", "210"],
    ["nineteen eighty four", "1984"],
    ["twenty twenty five", "2025"],
    ["one oh five", "105"],
  ])("hears '%s', said in pieces, as %s", (spoken, digits) => {
    expect(spokenNumber(spoken)).toBe(digits);
  });

  it.each([
    ["a dozen", "12"],
    ["two dozen", "24"],
  ])("hears '%s' as %s", (spoken, digits) => {
    expect(spokenNumber(spoken)).toBe(digits);
  });

  it.each([
    // AMAZON.NUMBER carries whole numbers; a decimal arrives as "?", which the skill re-asks.
    ["seventy five point five", "?"],
    ["75.5", "?"],
    ["banana", "?"],
    ["", "?"],
    ["a", "?"],
    ["and", "?"],
    ["oh", "?"],
    ["forty and two", "?"],
    ["five foot six", "?"],
    ["one hundred one hundred", "?"],
    ["sixty and", "?"],
  ])("sends '%s' as %s, as a device does with words that are no whole number", (spoken, digits) => {
    expect(spokenNumber(spoken)).toBe(digits);
  });
});

describe("withDigits (numbers as a recognizer hands them over, before matching)", () => {
  it.each([
    ["a sixty minute workout", "a 60 minute workout"],
    ["a hundred and twenty minute workout", "120 minute workout"],
    ["give me forty five minutes", "give me 45 minutes"],
    ["give me forty-five minutes", "give me 45 minutes"],
    ["start an eight move routine", "start an 8 move routine"],
    ["I weigh one sixty five pounds", "I weigh 165 pounds"],
    ["update my weight to seventy five point five kilos", "update my weight to 75.5 kilos"],
    ["five foot six", "5 foot 6"],
    ["five and ten", "5 and 10"],
    ["a dozen reps", "12 reps"],
    ["oh five minutes", "oh 5 minutes"],
    ["what's the point", "what's the point"],
    ["a band", "a band"],
    ["start the back fat blaster", "start the back fat blaster"],
  ])("'%s' becomes '%s'", (phrase, expected) => {
    expect(withDigits(phrase)).toBe(expected);
  });
});
