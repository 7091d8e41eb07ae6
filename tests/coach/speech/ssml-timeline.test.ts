import { describe, expect, it } from "vitest";
import { estimateSsmlSeconds, ssmlTimeline } from "../../../lambda/coach";
import { SENTENCE_PAUSE_SECONDS } from "../../../lambda/coach/speech/speech-rate";

/** The timeline the web device says an answer on: the same model cues are placed with. */
describe("an answer's timeline", () => {
  it("starts each run of words after the breaks before it, a break standing in for a sentence's pause", () => {
    const { pieces, seconds } = ssmlTimeline(
      '<speak>Go. <break time="2000ms"/>one<break time="1600ms"/>two<break time="1.5s"/>Rest &amp; breathe.</speak>',
    );
    expect(pieces.map((p) => p.text)).toEqual(["Go.", "one", "two", "Rest & breathe."]);
    const [go, one, two, rest] = pieces;
    expect(go?.at).toBe(0);
    // "Go." then 2 s of break, which replaces the pause after its full stop.
    expect(one?.at).toBeCloseTo((go?.seconds ?? 0) + 2 - SENTENCE_PAUSE_SECONDS, 1);
    expect(two?.at).toBeCloseTo((one?.at ?? 0) + (one?.seconds ?? 0) + 1.6, 1);
    expect(rest?.at).toBeCloseTo((two?.at ?? 0) + (two?.seconds ?? 0) + 1.5, 1);
    expect(seconds).toBeCloseTo((rest?.at ?? 0) + (rest?.seconds ?? 0), 1);
  });

  it("lasts exactly as long as the estimate a device's clock uses", () => {
    const ssml =
      '<speak>Ten seconds. <break time="5000ms"/>Five, <emphasis level="strong">four</emphasis>.</speak>';
    expect(ssmlTimeline(ssml).seconds).toBe(estimateSsmlSeconds(ssml));
    expect(ssmlTimeline("<speak></speak>")).toEqual({ pieces: [], seconds: 0 });
  });
});
