import { describe, expect, it } from "vitest";
import { spokenTime } from "../../lambda/local/spoken-time";

describe("AMAZON.TIME as the console fills it", () => {
  it.each([
    ["7 am", "07:00"],
    ["seven a.m.", "07:00"],
    ["seven thirty pm", "19:30"],
    ["730 pm", "19:30"],
    ["seven oh five am", "07:05"],
    ["12 am", "00:00"],
    ["twelve pm", "12:00"],
    ["noon", "12:00"],
    ["midnight", "00:00"],
    ["six in the evening", "18:00"],
    ["seven o'clock", "07:00"],
    ["seven", "07:00"],
  ])("%s is %s", (words, time) => expect(spokenTime(words)).toBe(time));

  it.each(["banana", "13 pm", "0 am", "seven sixty", "25", "monday"])("%s is no time", (words) =>
    expect(spokenTime(words)).toBeUndefined(),
  );
});
