import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cores, learnFrames, MIN_PAIRS } from "../../lambda/local/learned-frames";
import { type MatcherModel, SampleMatcher } from "../../lambda/local/sample-matcher";
import { MODEL_PATH } from "../model/corpus-cases";

function model(
  intents: Record<string, string[]>,
  slots: Record<string, string> = {},
): MatcherModel {
  return {
    interactionModel: {
      languageModel: {
        intents: Object.entries(intents).map(([name, samples]) => ({
          name,
          samples,
          slots: Object.entries(slots).map(([slot, type]) => ({ name: slot, type })),
        })),
        types: [
          { name: "Level", values: [{ name: { value: "beginner", synonyms: ["easy"] } }] },
          { name: "Kit", values: [{ name: { value: "dumbbells" } }, { name: { value: "band" } }] },
        ],
      },
    },
  };
}

describe("frames learned from the model", () => {
  it(`learns an opening from ${MIN_PAIRS} sample pairs of one intent, not from fewer`, () => {
    const taught = learnFrames(["pause", "okay pause", "wait", "okay wait", "stop", "okay stop"]);
    expect(taught.prefixes.has("okay")).toBe(true);
    const once = learnFrames(["pause", "okay pause", "wait", "okay wait", "stop"]);
    expect(once.prefixes.has("okay")).toBe(false);
  });

  it("learns endings, and takes off at most the openings and one ending", () => {
    const frames = { prefixes: new Set(["okay", "can you"]), suffixes: new Set(["please"]) };
    const said = "okay can you skip this please".split(" ");
    const found = cores(said, frames).map((c) => said.slice(c.start, c.end).join(" "));
    expect(found).toContain("skip this");
    expect(found).toContain("can you skip this please");
    expect(found).not.toContain("okay can you skip this please");
  });
});

describe("the console's sample matcher", () => {
  const pauses = ["pause", "okay pause", "wait", "okay wait", "hold on", "okay hold on"];
  const matcher = new SampleMatcher(
    model(
      {
        Pause: pauses,
        Start: [
          "start a {level} workout",
          "a {level} workout",
          "start a workout",
          "a workout",
          "start the workout",
          "the workout",
          "the {kit} workout",
          "{kit}",
          "I have {length}",
          "I have {kit}",
        ],
      },
      { level: "Level", kit: "Kit", length: "AMAZON.DURATION" },
    ),
  );

  it("hears a learned opening before any sample of the intent", () => {
    expect(matcher.match("okay hold on")).toEqual({ intent: "Pause", slots: {} });
    // "start" is learned for Start; the core is a sample with a slot no frame ever wrapped.
    expect(matcher.match("start the dumbbells workout")).toEqual({
      intent: "Start",
      slots: { kit: "dumbbells" },
    });
  });

  it("does not carry an opening to an intent that never had it", () => {
    expect(matcher.match("start hold on")).toBeUndefined();
  });

  it("prefers the sample that says most of the line itself", () => {
    // "the {kit} workout" after "start", not "{kit}" with "start the" and "workout" as frames.
    expect(matcher.match("start the band workout")).toEqual({
      intent: "Start",
      slots: { kit: "band" },
    });
  });

  it("hears 'an' as 'a', and keeps the words as said in the slot", () => {
    expect(matcher.match("start an easy workout")).toEqual({
      intent: "Start",
      slots: { level: "easy" },
    });
  });

  it("takes a duration only in words that end in a unit, so kit is never a length", () => {
    expect(matcher.match("I have twenty minutes")).toEqual({
      intent: "Start",
      slots: { length: "twenty minutes" },
    });
    expect(matcher.match("I have band")).toEqual({ intent: "Start", slots: { kit: "band" } });
    expect(matcher.match("I have a pair of socks")).toBeUndefined();
    expect(matcher.match("I have the blaster for ten minutes")).toBeUndefined();
    expect(matcher.match("I have half an hour")?.slots).toEqual({ length: "half an hour" });
  });
});

describe("the console's matcher on the real model", () => {
  const real = new SampleMatcher(JSON.parse(readFileSync(MODEL_PATH, "utf8")) as MatcherModel);

  it.each([
    // Openings and endings the model teaches on short sentences, on a long one with slots.
    [
      "okay can you start an easy dumbbell workout for twenty minutes please",
      "StartWorkoutIntent",
      { level: "easy", workoutKind: "dumbbell", minutes: "twenty" },
    ],
    ["um tell me how much protein i need", "ProteinIntent", {}],
    // A synonym wins over a modifier plus a shorter synonym: "fairly active" is moderate.
    ["i'm fairly active", "UpdateProfileIntent", { activity: "fairly active" }],
  ])("hears %j as %s", (line, intent, slots) => {
    expect(real.match(line)).toEqual({ intent, slots });
  });

  it.each(["what's the weather", "play some music", "tell me a joke", "please", "um"])(
    "leaves %j to the fallback",
    (line) => {
      expect(real.match(line)).toBeUndefined();
    },
  );

  it("starts in under a second and answers a line in under 50 ms", () => {
    const started = performance.now();
    const real = new SampleMatcher(JSON.parse(readFileSync(MODEL_PATH, "utf8")) as MatcherModel);
    expect(performance.now() - started).toBeLessThan(1000);
    const lines = [
      "okay can you start an easy dumbbell workout for twenty minutes please",
      "um tell me how much protein i need",
      "banana split with sprinkles on top today please",
      "i've got a pair of dumbbells",
    ];
    const before = performance.now();
    for (const line of lines) real.match(line);
    expect((performance.now() - before) / lines.length).toBeLessThan(50);
    const kit = real.match("i've got a pair of dumbbells");
    expect(kit?.intent).toBe("StartWorkoutIntent");
    expect(kit?.slots).not.toHaveProperty("duration");
    expect(kit?.slots.equipment).toMatch(/dumbbells$/);
  });
});
