import { describe, expect, it } from "vitest";
import { mergeAdjacentBreaks } from "../../lambda/local/espeak-ssml";

describe("mergeAdjacentBreaks", () => {
  it("adds up a run of breaks into one, for espeak timing", () => {
    expect(
      mergeAdjacentBreaks(
        '<speak>Go! <break time="10000ms"/> <break time="2500ms"/> Halfway.</speak>',
      ),
    ).toBe('<speak>Go! <break time="12500ms"/> Halfway.</speak>');
  });

  it("leaves single breaks alone", () => {
    const ssml = '<speak>one <break time="2100ms"/> two <break time="2100ms"/> three</speak>';
    expect(mergeAdjacentBreaks(ssml)).toBe(ssml);
  });
});
