import { describe, expect, it } from "vitest";
import {
  deliveryFor,
  estimateSsmlSeconds,
  FRESH_VARIETY,
  getWorkout,
  planFor,
  SpeechBuilder,
  STANDARD_PACE,
  speakSegment,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";

const v = voice(DEFAULT_LOCALE);
const blaster = getWorkout("back-fat-blaster");

function spoken(kind: "cardio" | "set", holdOrRest?: "rest", workout = blaster) {
  const plans = planFor(workout);
  const index = plans.findIndex(
    (p, i) =>
      p.kind === kind &&
      (holdOrRest !== "rest" || (p.kind === "set" && plans[i + 1]?.kind === "set")),
  );
  return speakSegment(
    v,
    workout,
    plans,
    index,
    FRESH_VARIETY,
    deliveryFor(v, workout, STANDARD_PACE),
  );
}

/** Seconds into the speech where `text` begins, by the same estimate the cues are placed with. */
function secondsBefore(ssml: string, text: string): number {
  const at = ssml.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not said`);
  return estimateSsmlSeconds(`${ssml.slice(0, at)}</speak>`);
}

describe("countdowns: the clocks a screen shows run on the speech's own timeline", () => {
  it("reads thirty seconds when the voice says thirty seconds left", () => {
    const segment = spoken("cardio");
    const clocks = segment.countdowns ?? [];
    expect(clocks.map((c) => [c.label, c.seconds])).toEqual([
      ["moderate", 60],
      ["hard", 60],
    ]);
    const cue = secondsBefore(segment.ssml, "Thirty seconds left.");
    const first = clocks[0];
    if (!first) throw new Error("no clock");
    expect(first.startsAt + first.seconds - cue).toBeCloseTo(30, 0);
    // The clocks start where the pieces' clocks start (the timeline a cut-off is placed on).
    expect(clocks.map((c) => c.startsAt)).toEqual(
      (segment.pieceStarts ?? []).map((s) => Math.round(s * 10) / 10),
    );
  });

  it("times the rest between two sets", () => {
    const clocks = spoken("set", "rest", getWorkout("home-calisthenics")).countdowns ?? [];
    expect(clocks.map((c) => c.label)).toEqual(["rest"]);
  });

  it("moves with the speech it is included in, after a lead", () => {
    const segment = spoken("cardio");
    const lead = new SpeechBuilder().say("Skipping the rows.");
    const before = lead.elapsed;
    const combined = lead.include(segment).build();
    const moved =
      (combined.countdowns?.[0]?.startsAt ?? 0) - (segment.countdowns?.[0]?.startsAt ?? 0);
    // Both sides are rounded to a tenth of a second.
    expect(Math.abs(moved - before)).toBeLessThanOrEqual(0.11);
  });
});
