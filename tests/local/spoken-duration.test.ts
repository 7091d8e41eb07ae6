import { describe, expect, it } from "vitest";
import { spokenDuration } from "../../lambda/local/spoken-duration";

describe("spokenDuration (what Alexa sends for AMAZON.DURATION: ISO 8601)", () => {
  it.each([
    ["thirty minutes", "PT30M"],
    ["twenty five minutes", "PT25M"],
    ["forty five minutes", "PT45M"],
    ["forty-five minutes", "PT45M"],
    ["45 minutes", "PT45M"],
    ["ten mins", "PT10M"],
    ["a minute", "PT1M"],
    ["ninety minutes", "PT90M"],
    ["an hour", "PT1H"],
    ["two hours", "PT2H"],
    ["about twenty minutes", "PT20M"],
    ["twenty minutes or so", "PT20M"],
    ["thirty seconds", "PT30S"],
    ["three days", "P3D"],
    ["a week", "P1W"],
  ])("hears '%s' as %s", (spoken, iso) => {
    expect(spokenDuration(spoken)).toBe(iso);
  });

  it.each([
    ["half an hour", "PT30M"],
    ["a half hour", "PT30M"],
    ["half hour", "PT30M"],
    ["an hour and a half", "PT1H30M"],
    ["one and a half hours", "PT1H30M"],
    ["two and a half hours", "PT2H30M"],
    ["a quarter of an hour", "PT15M"],
    ["quarter of an hour", "PT15M"],
    ["three quarters of an hour", "PT45M"],
    ["an hour and a quarter", "PT1H15M"],
    ["half a minute", "PT30S"],
    ["a minute and a half", "PT1M30S"],
  ])("carries the fraction in '%s' into the next unit: %s", (spoken, iso) => {
    expect(spokenDuration(spoken)).toBe(iso);
  });

  it.each([
    ["an hour and fifteen minutes", "PT1H15M"],
    ["one hour fifteen minutes", "PT1H15M"],
    ["an hour fifteen", "PT1H15M"],
    ["two minutes thirty", "PT2M30S"],
  ])("adds up '%s' as %s", (spoken, iso) => {
    expect(spokenDuration(spoken)).toBe(iso);
  });

  it.each([
    "banana",
    "",
    "minutes",
    "thirty",
    "a pair of dumbbells",
    "a few minutes",
    "thirty minutes thirty minutes",
    "an hour and a banana",
    "zero minutes",
    "two minutes thirty five ten",
  ])("sends '%s' as '?', as a device does with words that are no duration", (spoken) => {
    expect(spokenDuration(spoken)).toBe("?");
  });
});
