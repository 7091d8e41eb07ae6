import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, MODEL_DIR, startConsoleSkill } from "../../lambda/local/console-skill";
import { typistOn } from "../support/typist";

/** "Slower" and "faster" as people say them, resolved by the real interaction model. */

interface Model {
  interactionModel: { languageModel: { intents: { name: string; samples?: string[] }[] } };
}
const { intents } = (JSON.parse(readFileSync(join(MODEL_DIR, "en-US.json"), "utf8")) as Model)
  .interactionModel.languageModel;
const samplesOf = (name: string) => intents.find((i) => i.name === name)?.samples ?? [];
const PACE_INTENTS = ["SlowerIntent", "FasterIntent"];

let consoleSkill: ConsoleSkill;
beforeAll(async () => {
  consoleSkill = await startConsoleSkill({ userId: "pace-typist", locale: "en-US" });
  await consoleSkill.conversation.say("open back coach");
});
afterAll(() => consoleSkill.close());

const say = typistOn(() => consoleSkill);

describe("asking for another pace", () => {
  it.each([
    ["slower", "SlowerIntent"],
    ["count slower", "SlowerIntent"],
    ["slow down", "SlowerIntent"],
    ["too fast", "SlowerIntent"],
    ["faster", "FasterIntent"],
    ["speed up", "FasterIntent"],
    ["count faster", "FasterIntent"],
    ["too slow", "FasterIntent"],
  ])("'%s' is %s, and the session carries on", async (line, intent) => {
    const turn = await say(line);
    expect(turn.intent).toBe(intent);
    expect(turn.endSession).toBe(false);
    expect(turn.text).toMatch(/^(Okay, (slower|faster)|This is already my)/);
  });

  it.each(PACE_INTENTS.flatMap((name) => samplesOf(name).map((sample) => [sample, name])))(
    "every sample resolves to its own intent: '%s'",
    async (sample, intent) => {
      expect((await say(sample)).intent).toBe(intent);
    },
  );

  it("takes no other intent's phrases", async () => {
    const others = intents
      .filter((i) => !PACE_INTENTS.includes(i.name))
      .flatMap((i) => (i.samples ?? []).filter((s) => !s.includes("{")))
      // The compiled model has thousands of framed samples; every 25th keeps this quick.
      .filter((_, index) => index % 25 === 0);
    expect(others.length).toBeGreaterThan(100);
    for (const sample of others) {
      const turn = await say(sample);
      expect(PACE_INTENTS, sample).not.toContain(turn.intent);
    }
  });
});
