import { describe, expect, it } from "vitest";
import {
  deliveryFor,
  estimateSsmlSeconds,
  getWorkout,
  planFor,
  SpeechBuilder,
  speakSegment,
} from "../../../lambda/coach";
import type { IntervalPhase } from "../../../lambda/coach/catalog/types";
import { LinePicker } from "../../../lambda/coach/lines";
import { chunkPhases, MAX_CHUNK_SECONDS } from "../../../lambda/coach/segments/chunk-phases";
import { intervalBlock } from "../../../lambda/coach/segments/interval-block";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";
import { expectValidAlexaSpeech, spokenText } from "../../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

/** Coaches phases as one block and returns the speech and the seconds from "Go!" to "stop". */
function coach(phases: IntervalPhase[], exerciseId = "jumping-jacks") {
  const b = new SpeechBuilder();
  const [pieces] = chunkPhases(phases, 10_000);
  intervalBlock(b, v, pieces ?? [], exerciseId, true, new LinePicker(v, {}));
  const speech = b.build();
  return { speech, text: spokenText(speech.ssml) };
}

describe("intervalBlock", () => {
  it("estimates a nominal 60-second block within 5% of 60 seconds", () => {
    const b = new SpeechBuilder();
    const [pieces] = chunkPhases([{ intensity: "moderate", seconds: 60 }]);
    intervalBlock(b, v, pieces ?? [], "jumping-jacks", true, new LinePicker(v, {}));
    const callEnd = new SpeechBuilder().say(
      "Jumping jacks, one minute, moderate pace. Go!",
    ).elapsed;
    const timed = b.build().estimatedSeconds - callEnd;
    expect(Math.abs(timed - 60) / 60).toBeLessThanOrEqual(0.05);
  });

  it("announces intensity and length, marks thirty seconds left, counts down and changes", () => {
    const { text } = coach([
      { intensity: "moderate", seconds: 60 },
      { intensity: "hard", seconds: 60 },
    ]);
    expect(text).toMatch(/^Jumping jacks, one minute, moderate pace\. Go!/);
    expect(text.match(/Thirty seconds left\./g)).toHaveLength(2);
    expect(text).toMatch(/three two one Now go hard! One minute\./);
    expect(text).toMatch(/three two one And stop!$/);
  });

  it("places the thirty-second mark thirty seconds before the change", () => {
    const { speech } = coach([{ intensity: "moderate", seconds: 60 }]);
    const before = speech.ssml.slice(0, speech.ssml.indexOf("Thirty seconds left"));
    // Rebuild the clock up to the mark: the breaks are exact, the words are estimated.
    const at = estimateSsmlSeconds(`${before}</speak>`);
    expect(at).toBeGreaterThan(30 - 1);
    expect(at).toBeLessThan(30 + 4);
  });

  it("calls halfway in a short burst", () => {
    const { text } = coach([{ intensity: "hard", seconds: 30 }]);
    expect(text).toMatch(/^Jumping jacks, thirty seconds, as hard as you can\. Go! .*Halfway\./);
  });

  it("gives minute marks in a long stretch", () => {
    const { text } = coach([{ intensity: "steady", seconds: 180 }], "rowing-machine");
    expect(text).toContain("Two minutes to go.");
    expect(text).toContain("One minute to go.");
    expect(text).toContain("Thirty seconds left.");
  });

  it("names the new move when a HIIT phase changes exercise", () => {
    const { text } = coach([
      { intensity: "hard", seconds: 30, exerciseId: "skaters" },
      { intensity: "easy", seconds: 60, exerciseId: "jogging-in-place" },
    ]);
    expect(text).toMatch(/^Skaters, thirty seconds, as hard as you can\. Go!/);
    expect(text).toContain("Ease off. Jogging in place, one minute, easy pace.");
  });

  it("fills long quiet stretches with encouragement", () => {
    const { text } = coach([{ intensity: "hard", seconds: 60 }]);
    expect(text).toMatch(/Keep pushing!|Breathe hard|You've got this|Dig in!/);
  });
});

describe("chunkPhases", () => {
  it("keeps the blaster's two-minute block in one piece", () => {
    const chunks = chunkPhases([
      { intensity: "moderate", seconds: 60 },
      { intensity: "hard", seconds: 60 },
    ]);
    expect(chunks).toHaveLength(1);
  });

  it("splits a ten-minute row into equal chunks no longer than the maximum", () => {
    const chunks = chunkPhases([{ intensity: "steady", seconds: 600 }]);
    expect(chunks.map((c) => c.map((p) => p.to - p.from))).toEqual([[150], [150], [150], [150]]);
  });

  it("never makes a chunk longer than the maximum", () => {
    for (const id of ["hiit", "run-walk-intervals", "rowing"]) {
      for (const block of getWorkout(id).blocks) {
        if (block.prescription.kind !== "intervals") continue;
        for (const chunk of chunkPhases(block.prescription.phases)) {
          const seconds = chunk.reduce((s, p) => s + p.to - p.from, 0);
          expect(seconds).toBeLessThanOrEqual(MAX_CHUNK_SECONDS);
        }
      }
    }
  });

  it("ends a HIIT chunk after a recovery, not in the middle of a burst", () => {
    const hiit = getWorkout("hiit").blocks[1];
    if (hiit?.prescription.kind !== "intervals") throw new Error("HIIT block missing");
    const chunks = chunkPhases(hiit.prescription.phases);
    for (const chunk of chunks) expect(chunk.at(-1)?.phase.intensity).toBe("easy");
  });

  it("covers every second of every phase exactly once", () => {
    const phases: IntervalPhase[] = [
      { intensity: "hard", seconds: 180 },
      { intensity: "easy", seconds: 300 },
      { intensity: "hard", seconds: 45 },
    ];
    const pieces = chunkPhases(phases).flat();
    phases.forEach((phase, i) => {
      const mine = pieces.filter((p) => p.phaseIndex === i);
      expect(mine[0]?.from).toBe(0);
      expect(mine.at(-1)?.to).toBe(phase.seconds);
      for (let k = 1; k < mine.length; k++) expect(mine[k]?.from).toBe(mine[k - 1]?.to);
    });
  });
});

describe("cardio segments split across responses", () => {
  const workout = getWorkout("rowing");
  const plans = planFor(workout);
  const finish = plans
    .map((plan, index) => ({ plan, index }))
    .filter(({ plan }) => plan.kind === "cardio" && plan.blockIndex === workout.blocks.length - 1);

  it("coaches the ten-minute finish over several responses", async () => {
    expect(finish.length).toBeGreaterThan(1);
    for (const { index } of finish)
      await expectValidAlexaSpeech(
        speakSegment(v, workout, plans, index, {}, deliveryFor(v, workout)),
      );
  });

  it("asks to keep going mid-stretch and picks up with the time left", () => {
    const [first, second] = finish;
    if (!first || !second) throw new Error("expected two parts");
    const firstText = spokenText(
      speakSegment(v, workout, plans, first.index, {}, deliveryFor(v, workout)).ssml,
    );
    const secondText = spokenText(
      speakSegment(v, workout, plans, second.index, {}, deliveryFor(v, workout)).ssml,
    );
    expect(firstText).toMatch(/Keep moving\. Ready for the next two and a half minutes\?$/);
    expect(secondText).toMatch(/^Keep going, steady pace: seven and a half minutes to go\./);
  });
});
