import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import { typistOn } from "../support/typist";

/** Choosing by length and kit, typed as a user would say it and resolved by the real model. */

let consoleSkill: ConsoleSkill;
beforeAll(async () => {
  consoleSkill = await startConsoleSkill({ userId: "chooser", locale: "en-US" });
});
afterAll(() => consoleSkill.close());

const say = typistOn(() => consoleSkill);

const ASKED = /what have you got to work with\? Nothing, a band, dumbbells, or a gym\?$/;

/** A user we know nothing about: "delete my data" forgets the kit too. */
async function forgotten(): Promise<void> {
  await say("open back coach");
  expect((await say("delete my data")).intent).toBe("DeleteDataIntent");
  expect((await say("yes")).text).toMatch(/deleted/i);
}

describe("lengths reach the chooser", () => {
  it.each([
    ["a ten minute workout", "10"],
    ["five minute workout", "5"],
    ["a twenty minute workout", "20"],
    ["sixty minute workout", "60"],
    ["a sixty minute workout", "60"],
    ["a hundred and twenty minute workout", "120"],
    ["give me forty five minutes", "45"],
  ])("'%s' is StartWorkoutIntent for %s minutes, and asks for the kit", async (line, minutes) => {
    await forgotten();
    const turn = await say(line);
    expect(turn).toMatchObject({ intent: "StartWorkoutIntent", slots: { minutes } });
    expect(turn.text).toMatch(ASKED);
  });

  it("sends a spoken duration as a device does, in ISO 8601", async () => {
    await forgotten();
    expect((await say("I've got an hour")).slots).toEqual({ duration: "PT1H" });
    expect((await say("I have thirty minutes")).slots).toEqual({ duration: "PT30M" });
  });
});

describe("answering 'what have you got?'", () => {
  it.each([
    ["nothing", /with no equipment/],
    ["no equipment", /with no equipment/],
    ["just my body", /with no equipment/],
    ["a band", /with a band/],
    ["resistance band", /with a band/],
    ["dumbbells", /with dumbbells is home calisthenics/],
    ["a pair of dumbbells", /with dumbbells is home calisthenics/],
    ["I'm at the gym", /This is the gym machine workout/],
    ["gym", /This is the gym machine workout/],
  ])("'%s'", async (answer, expected) => {
    await forgotten();
    expect((await say("a ten minute workout")).text).toMatch(ASKED);
    const turn = await say(answer);
    expect(turn.intent).toBe("StartWorkoutIntent");
    expect(turn.text).toMatch(/Got it: /);
    expect(turn.text).toMatch(expected);
    // Remembered: a new session is not asked again.
    await say("/end");
    expect((await say("a ten minute workout")).text).not.toMatch(ASKED);
  });

  it("'stop' ends it; 'I don't know' is asked again with a way out", async () => {
    await forgotten();
    await say("a ten minute workout");
    expect((await say("stop")).intent).toBe("AMAZON.StopIntent");
    await say("a ten minute workout");
    expect((await say("I don't know")).text).toMatch(/^Sorry, I didn't get that\./);
    expect((await say("purple elephants")).text).toMatch(/No problem: here's one that needs/);
  });

  it("'help' is about the question, and the answer still lands", async () => {
    await forgotten();
    await say("a twenty minute workout");
    expect((await say("help")).text).toMatch(/^I pick each workout to suit what you have/);
    expect((await say("a band")).text).toMatch(/home back workout with a resistance band/);
  });
});

describe("changing the kit later", () => {
  it.each([
    ["I have dumbbells now", /^Got it: dumbbells\./],
    ["I'm at the gym today", /^Got it: the gym\./],
    ["I only have a band", /^Got it: a band\./],
    ["I've got dumbbells", /^Got it: dumbbells\./],
  ])("'%s'", async (line, expected) => {
    await forgotten();
    await say("I have nothing");
    await say("/end");
    const turn = await say(line);
    expect(turn.intent).toBe("StartWorkoutIntent");
    expect(turn.text).toMatch(expected);
  });
});
