import { describe, expect, it } from "vitest";
import {
  escapeSsmlText,
  estimateSpeechSeconds,
  estimateSsmlSeconds,
  SpeechBuilder,
} from "../../../lambda/coach";
import { SENTENCE_PAUSE_SECONDS } from "../../../lambda/coach/speech/speech-rate";
import { breakSeconds, expectValidAlexaSpeech } from "../../support/alexa-speech";

/** Estimates are rounded to a tenth of a second. */
function expectNear(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.051);
}

describe("SpeechBuilder", () => {
  it("escapes anything that is not markup, so user text cannot inject tags", async () => {
    const speech = new SpeechBuilder().say(`Tom & Jerry's <break time="99s"/> "plan"`).build();
    expect(speech.ssml).toBe(
      "<speak>Tom &amp; Jerry&apos;s &lt;break time=&quot;99s&quot;/&gt; &quot;plan&quot;</speak>",
    );
    await expectValidAlexaSpeech(speech);
  });

  it("cuts a long pause into breaks of at most ten seconds", async () => {
    const speech = new SpeechBuilder().say("Rest.").pause(25.5).say("Go.").build();
    expect(breakSeconds(speech.ssml)).toEqual([10, 10, 5.5]);
    await expectValidAlexaSpeech(speech);
  });

  it("merges back-to-back pauses into one", () => {
    const speech = new SpeechBuilder().say("a").pause(1).pause(2).say("b").build();
    expect(breakSeconds(speech.ssml)).toEqual([3]);
  });

  it("drops a pause at the very end, which would only be dead air", () => {
    const speech = new SpeechBuilder().say("Done.").pause(5).build();
    expect(speech.ssml).toBe("<speak>Done.</speak>");
  });

  it("places a cue at an exact second with at(), the break standing in for the sentence's pause", () => {
    const b = new SpeechBuilder().say("Go!");
    const spoken = b.elapsed;
    b.at(30, "Thirty seconds left.");
    const speech = b.build();
    const silence = breakSeconds(speech.ssml).reduce((sum, s) => sum + s, 0);
    expect(silence).toBeCloseTo(30 - spoken + SENTENCE_PAUSE_SECONDS, 2);
    expectNear(speech.estimatedSeconds, 30 + estimateSpeechSeconds("Thirty seconds left."));
  });

  it("counts a break after a sentence instead of the sentence's own pause, not on top of it", () => {
    const words = estimateSpeechSeconds("Done.") + estimateSpeechSeconds("Next.");
    const paused = new SpeechBuilder().say("Done.").pause(1).say("Next.").build();
    expectNear(paused.estimatedSeconds, words - SENTENCE_PAUSE_SECONDS + 1);
    // With no break, the sentence keeps its pause.
    expectNear(new SpeechBuilder().say("Done.").say("Next.").build().estimatedSeconds, words);
    // The same rule read back from the SSML alone.
    expectNear(estimateSsmlSeconds(paused.ssml), paused.estimatedSeconds);
  });

  it("says a late cue straight away instead of going back in time", () => {
    const b = new SpeechBuilder().say("A long sentence that takes a few seconds to say aloud.");
    b.at(0.5, "Next.");
    expect(breakSeconds(b.build().ssml)).toEqual([]);
  });

  it("counts breaks exactly and speech by the documented rate", () => {
    const speech = new SpeechBuilder().say("one two three four five").pause(4).say("six").build();
    // 5 words / 2.5 w/s = 2 s, then 4 s of break, then 1 word = 0.4 s.
    expect(speech.estimatedSeconds).toBeCloseTo(6.4, 5);
  });

  it("rejects a negative pause", () => {
    expect(() => new SpeechBuilder().pause(-1)).toThrow(RangeError);
  });

  it("wraps emphasis in a valid tag", async () => {
    const speech = new SpeechBuilder().say("Now go hard!", "strong").build();
    expect(speech.ssml).toBe('<speak><emphasis level="strong">Now go hard!</emphasis></speak>');
    await expectValidAlexaSpeech(speech);
  });
});

describe("escapeSsmlText", () => {
  it("leaves plain words alone", () => {
    expect(escapeSsmlText("Ready for set two?")).toBe("Ready for set two?");
  });
});
