import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import type { ConsoleTurn } from "../../lambda/local/conversation";

/**
 * A dialog is not a trap: while the calorie dialog asks for a value, a line that clearly means
 * something else goes where a device would send it, through the real interaction model.
 */

let consoleSkill: ConsoleSkill;
beforeAll(async () => {
  consoleSkill = await startConsoleSkill({ userId: "dialog-router", locale: "en-US" });
});
afterAll(() => consoleSkill.close());

async function say(line: string): Promise<ConsoleTurn> {
  const turn = await consoleSkill.conversation.say(line);
  if (!turn) throw new Error(`no turn for "${line}"`);
  return turn;
}

/** The slot the answer asks for, from its Dialog.ElicitSlot directive. */
function asksFor(turn: ConsoleTurn): string | undefined {
  for (const directive of turn.directives as { type?: string; slotToElicit?: string }[]) {
    if (directive.type === "Dialog.ElicitSlot") return directive.slotToElicit;
  }
  return undefined;
}

async function askedForSex(): Promise<void> {
  const turn = await say("ask back coach what's my daily calorie target");
  expect(asksFor(turn)).toBe("sex");
}

describe("while the calorie dialog asks 'male or female?'", () => {
  it.each([
    ["stop", "AMAZON.StopIntent"],
    ["cancel", "AMAZON.CancelIntent"],
    ["help", "AMAZON.HelpIntent"],
    ["pause", "AMAZON.PauseIntent"],
    ["start a workout", "StartWorkoutIntent"],
    ["what workouts do you have", "ListWorkoutsIntent"],
    ["what's my calorie target", "CalorieTargetIntent"],
    ["how much protein should I eat", "ProteinIntent"],
  ])("'%s' goes to %s, not into the sex slot", async (line, intent) => {
    await askedForSex();
    const turn = await say(line);
    expect(turn.intent).toBe(intent);
    expect(turn.slots).not.toHaveProperty("sex");
  });

  it("takes a bare answer, with a filler word, as the slot asked for", async () => {
    await askedForSex();
    expect(await say("um, female")).toMatchObject({
      intent: "UpdateProfileIntent",
      slots: { sex: "female" },
    });
  });
});

describe("while the calorie dialog asks for the age", () => {
  it("fills the other slot a line of the same intent names, and keeps asking for the age", async () => {
    await say("/end");
    await say("ask back coach what's my daily calorie target");
    const age = await say("male");
    expect(asksFor(age)).toBe("age");
    const turn = await say("update my activity to very active");
    expect(turn).toMatchObject({
      intent: "UpdateProfileIntent",
      slots: { activity: "very active" },
    });
    expect(turn.slots).not.toHaveProperty("age");
    expect(asksFor(turn)).toBe("age");
  });

  it.each([
    ["forty two", "42"],
    ["I'm forty-two", "42"],
    ["a hundred and one", "101"],
    ["I'd say thirty five", "35"],
    ["banana", "?"],
    ["thirty or forty", "?"],
    ["seventy five point five", "?"],
  ])("hears '%s' as the age %s, as a device sends it", async (line, age) => {
    const turn = await say(line);
    expect(turn).toMatchObject({ intent: "UpdateProfileIntent", slots: { age } });
    const usable = Number(age) >= 18 && Number(age) <= 100;
    // A usable age moves the dialog on; asked again for it, the next case answers it.
    if (usable) expect(asksFor(await say("update my age to 3"))).toBe("age");
    else expect(asksFor(turn)).toBe("age");
  });
});

describe("numbers and durations inside a line, as a device sends them", () => {
  it.each([
    ["I weigh one sixty five pounds", { weightPounds: "165" }],
    ["update my weight to a hundred and sixty pounds", { weightPounds: "160" }],
    ["update my weight to seventy five point five kilos", { weightKilos: "?" }],
    ["I'm five foot ten", { heightFeet: "5", heightInches: "10" }],
    ["I'm one hundred sixty five centimeters", { heightCm: "165" }],
  ])("'%s' is UpdateProfileIntent with %o", async (line, slots) => {
    const turn = await say(line);
    expect(turn.intent).toBe("UpdateProfileIntent");
    expect(turn.slots).toMatchObject(slots);
  });

  it.each([
    ["I've got half an hour", "PT30M"],
    ["I have forty five minutes", "PT45M"],
    ["I have twenty five minutes", "PT25M"],
    ["I've got an hour and a half", "PT1H30M"],
    ["I have ten mins", "PT10M"],
    ["I've got two hours", "PT2H"],
  ])("'%s' is StartWorkoutIntent with duration %s", async (line, duration) => {
    await say("/end");
    await say("open back coach");
    const turn = await say(line);
    expect(turn).toMatchObject({ intent: "StartWorkoutIntent", slots: { duration } });
  });

  it("never lets the duration slot take words that are no duration", async () => {
    await say("/end");
    await say("open back coach");
    const turn = await say("I've got a pair of dumbbells");
    expect(turn.intent).toBe("StartWorkoutIntent");
    expect(turn.slots).not.toHaveProperty("duration");
    expect(turn.slots).toMatchObject({ equipment: "a pair of dumbbells" });
  });
});
