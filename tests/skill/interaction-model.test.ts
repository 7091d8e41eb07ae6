import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EQUIPMENT, LEVELS, TIP_TOPICS, WORKOUT_KINDS } from "../../lambda/coach";
import { HANDLED_INTENTS } from "../../lambda/handlers/all-handlers";

interface Model {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; samples?: string[]; slots?: { name: string; type: string }[] }[];
      types: {
        name: string;
        values: { id: string; name: { value: string; synonyms?: string[] } }[];
      }[];
    };
  };
}

const model = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../interaction-model/en-US.json"), "utf8"),
) as Model;
const { languageModel } = model.interactionModel;
const intentNames = languageModel.intents.map((i) => i.name);

describe("interaction model en-US", () => {
  it("is invoked as 'back coach'", () => {
    expect(languageModel.invocationName).toBe("back coach");
  });

  it("has a handler for every intent, and every handled intent is in the model", () => {
    expect([...intentNames].sort()).toEqual([...HANDLED_INTENTS].sort());
  });

  it("includes the built-ins Alexa requires and the workout controls", () => {
    for (const name of [
      "AMAZON.HelpIntent",
      "AMAZON.StopIntent",
      "AMAZON.CancelIntent",
      "AMAZON.FallbackIntent",
      "AMAZON.NavigateHomeIntent",
      "AMAZON.PauseIntent",
      "AMAZON.ResumeIntent",
      "AMAZON.NextIntent",
      "AMAZON.PreviousIntent",
      "AMAZON.RepeatIntent",
      "AMAZON.StartOverIntent",
      "AMAZON.YesIntent",
      "AMAZON.NoIntent",
    ]) {
      expect(intentNames).toContain(name);
    }
  });

  it("gives every custom intent at least 15 ways to say it", () => {
    for (const intent of languageModel.intents.filter((i) => !i.name.startsWith("AMAZON."))) {
      expect(intent.samples?.length ?? 0, intent.name).toBeGreaterThanOrEqual(15);
    }
  });

  it("never gives two intents the same sample, and uses no digits or stray punctuation", () => {
    const samples = languageModel.intents
      .flatMap((i) => i.samples ?? [])
      .map((s) => s.toLowerCase());
    expect(new Set(samples).size).toBe(samples.length);
    for (const sample of samples) expect(sample).toMatch(/^[a-z' {}]+$/);
  });

  it("declares every slot a sample uses", () => {
    for (const intent of languageModel.intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples ?? []) {
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g))
          expect(declared, `${intent.name}: ${sample}`).toContain(slot);
      }
    }
  });

  it.each([
    ["WorkoutKind", WORKOUT_KINDS],
    ["Equipment", EQUIPMENT],
    ["Level", LEVELS],
    ["TipTopic", TIP_TOPICS],
  ] as const)(
    "slot type %s has an id for exactly each domain value, with synonyms",
    (typeName, domain) => {
      const type = languageModel.types.find((t) => t.name === typeName);
      expect(type?.values.map((v) => v.id).sort()).toEqual([...domain].sort());
      for (const value of type?.values ?? [])
        expect(value.name.synonyms?.length ?? 0).toBeGreaterThan(0);
    },
  );
});
