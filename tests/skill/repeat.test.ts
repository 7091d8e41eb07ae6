import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** "Repeat" says the last thing again, rendered anew from the state: nothing spoken is stored. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const profile = {
  sex: { value: "female", id: "female" },
  age: "35",
  heightCm: "165",
  weightKilos: "70",
  activity: { value: "moderately active", id: "moderate" },
};

describe("repeat", () => {
  it("says the same tip again, not the next one, even with a workout paused", async () => {
    const device = skill.device("repeat-tip");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("AMAZON.PauseIntent");
    await device.launch();
    const tip = said(
      await device.intent("DietTipIntent", { tipTopic: { value: "fats", id: "fats" } }),
    );
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(tip);
    // And "yes" still answers the question the tip asked: another tip, a different one.
    const next = said(await device.intent("AMAZON.YesIntent"));
    expect(next).toMatch(/Would you like another tip\?$/);
    expect(next).not.toBe(tip);
  });

  it("says help, the calorie target and the welcome again", async () => {
    const device = skill.device("repeat-answers");
    const welcome = said(await device.launch());
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toMatch(
      /^Welcome back to Back Coach\. .*shall we start the back fat blaster, about sixteen minutes\?$/,
    );
    expect(welcome).toMatch(/^Welcome to Back Coach!/);
    const help = said(await device.intent("AMAZON.HelpIntent"));
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(help);
    await device.intent("UpdateProfileIntent", profile);
    const target = said(await device.intent("CalorieTargetIntent"));
    expect(target).toMatch(/^Your daily target is about/);
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(target);
  });

  it("in a workout, says the segment again word for word", async () => {
    const device = skill.device("repeat-segment");
    await device.intent("StartWorkoutIntent", {});
    const set = said(await device.intent("ReadyIntent"));
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(set);
    // The set asked how it went: said again with it, the question still stands.
    expect(set).toMatch(/How was that: .*\?$/);
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(set);
    expect(
      said(await device.intent("RateIntent", { feeling: { value: "too easy", id: "easy" } })),
    ).toMatch(/^Noted: a couple more reps next time\./);
  });

  it("with nothing said before it, says how to start", async () => {
    const device = skill.device("repeat-nothing");
    await device.launch();
    await device.intent("AMAZON.NoIntent");
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toMatch(/^Say start a back workout/);
  });
});
