import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elicited, said } from "../support/device";
import { answer } from "../support/profile-answer";
import { startTestSkill, type TestSkill } from "../support/test-skill";

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

describe("the daily calorie target dialog", () => {
  it("asks only for what is missing, one question at a time, then answers", async () => {
    const device = skill.device("dialog-full");
    const first = await device.intent("CalorieTargetIntent");
    expect(said(first)).toMatch(
      /^To work that out I need a few details.*Are you male or female\?$/,
    );
    expect(elicited(first)).toBe("sex");

    const age = await answer(device, { sex: { value: "man", id: "male" } });
    expect([said(age), elicited(age)]).toEqual(["Thanks. How old are you?", "age"]);

    const height = await answer(device, { age: "35" });
    expect(elicited(height)).toBe("heightFeet");

    const weight = await answer(device, { heightFeet: "5", heightInches: "11" });
    expect(said(weight)).toBe("Thanks. How much do you weigh?");

    const activity = await answer(device, { weightPounds: "198" });
    expect(elicited(activity)).toBe("activity");

    const target = await answer(device, { workoutsPerWeek: "4" });
    // 10 x 89.8 + 6.25 x 180.3 - 5 x 35 + 5 = 1855 resting; x 1.55 = 2876; minus 500.
    expect(said(target)).toBe(
      "Your daily target is about 2,380 calories. Your maintenance is about 2,880; minus 500 for about a pound a week. It's an estimate, not medical advice. Would you like a diet tip?",
    );
    expect(elicited(target)).toBeUndefined();
    expect((await skill.store.load("dialog-full")).record.profile).toMatchObject({
      sex: "male",
      ageYears: 35,
      activity: "moderate",
    });
  });

  it("skips what it already knows, and answers straight away when it knows everything", async () => {
    const device = skill.device("dialog-partial");
    await answer(device, { age: "40" });
    await answer(device, { heightCm: "170" });
    await device.end();
    const first = await device.intent("CalorieTargetIntent");
    expect(elicited(first)).toBe("sex");
    await answer(device, { sex: { value: "female", id: "female" } });
    await answer(device, { weightKilos: "82" });
    const target = await answer(device, { activity: { value: "lightly active", id: "light" } });
    expect(said(target)).toMatch(/^Your daily target is about 1,\d{3} calories\./);
    await device.end();
    expect(said(await device.intent("CalorieTargetIntent"))).toMatch(/^Your daily target is about/);
  });

  it.each([
    ["an age of 3", { age: "3" }, "age", "Sorry, I can use ages from 18 to 100. How old are you?"],
    [
      "an age of 101",
      { age: "101" },
      "age",
      "Sorry, I can use ages from 18 to 100. How old are you?",
    ],
    [
      "banana for an age",
      { age: "?" },
      "age",
      "Sorry, I can use ages from 18 to 100. How old are you?",
    ],
    [
      "a height of 9 foot",
      { heightFeet: "9", heightInches: "2" },
      "heightFeet",
      "Sorry, I can use heights from 3 foot 11 to 7 foot 7. How tall are you, in feet and inches or in centimeters?",
    ],
    [
      "a height of 40 centimeters",
      { heightCm: "40" },
      "heightFeet",
      "Sorry, I can use heights from 3 foot 11 to 7 foot 7. How tall are you, in feet and inches or in centimeters?",
    ],
    [
      "5000 pounds",
      { weightPounds: "5000" },
      "weight",
      "Sorry, I can use weights from 66 pounds to 661 pounds. How much do you weigh?",
    ],
    [
      "a negative weight",
      { weight: "-70" },
      "weight",
      "Sorry, I can use weights from 66 pounds to 661 pounds. How much do you weigh?",
    ],
    [
      "an unknown sex",
      { sex: "robot" },
      "sex",
      "Sorry, I need male or female for the formula. The formula is different for men and women. Are you male or female?",
    ],
    [
      "an unknown activity",
      { activity: "banana" },
      "activity",
      expect.stringMatching(
        /^Sorry, I didn't catch your activity level\. You can tell me how many times a week/,
      ),
    ],
  ])("re-asks after %s, and stores nothing invalid", async (_, slots, slot, reply) => {
    const device = skill.device(`bad-${JSON.stringify(slots)}`);
    await device.intent("CalorieTargetIntent");
    const response = await answer(device, slots);
    expect(elicited(response)).toBe(slot);
    expect(said(response)).toEqual(reply);
    expect((await skill.store.load(device.userId)).record.profile).toBeUndefined();
  });

  it("applies the 1,300 floor and says why", async () => {
    const device = skill.device("floor");
    await device.intent("CalorieTargetIntent");
    await answer(device, { sex: { value: "female", id: "female" } });
    await answer(device, { age: "30" });
    await answer(device, { heightCm: "160" });
    await answer(device, { weightKilos: "55" });
    const target = said(
      await answer(device, { activity: { value: "sedentary", id: "sedentary" } }),
    );
    expect(target).toMatch(/^Your daily target is about 1,300 calories\./);
    expect(target).toContain("would put you under 1,300. That's the least we ever suggest");
  });

  it("never calls a surplus a target: at or below the floor, more activity is the way", async () => {
    // Female, 60, 4 foot 11, 95 pounds, mostly sitting: maintenance about 1,090 a day.
    const device = skill.device("small-and-sitting");
    await device.intent("UpdateProfileIntent", {
      sex: { value: "female", id: "female" },
      age: "60",
      heightFeet: "4",
      heightInches: "11",
      weightPounds: "95",
      activity: { value: "mostly sitting", id: "sedentary" },
    });
    const target = said(await device.intent("CalorieTargetIntent"));
    expect(target).toMatch(
      /^Your body uses about 1,090 calories a day, and I never suggest eating less than 1,300\. So for you, eating less isn't the safe way to lose weight: more activity is\. A doctor or dietitian can help you plan\./,
    );
    expect(target).not.toMatch(/target/);
    expect(said(await device.intent("WeightLossTimeIntent", { pounds: "2" }))).toMatch(
      /eating less isn't the safe way to lose weight: more activity is/,
    );
    // Ten pounds would go below a healthy weight for 4 foot 11 (BMI 18.5, about 92 pounds).
    expect(said(await device.intent("WeightLossTimeIntent", { pounds: "10" }))).toMatch(
      /^Losing 10 pounds would take you below a healthy weight for your height, which starts at about 92 pounds\./,
    );
  });

  it("answers only sane goals: never below a healthy weight, never more than the user weighs", async () => {
    const device = skill.device("goals");
    await device.intent("UpdateProfileIntent", {
      sex: { value: "male", id: "male" },
      age: "40",
      heightFeet: "5",
      heightInches: "10",
      weightPounds: "160",
      activity: { value: "moderately active", id: "moderate" },
    });
    expect(said(await device.intent("WeightLossTimeIntent", { pounds: "150" }))).toMatch(
      /^Losing 150 pounds would take you below a healthy weight for your height, which starts at about 129 pounds\./,
    );
    expect(said(await device.intent("WeightLossTimeIntent", { pounds: "200" }))).toMatch(
      /^That's more than you weigh/,
    );
    // A fraction that rounds to nothing is answered, never "something went wrong".
    expect(said(await device.intent("WeightLossTimeIntent", { pounds: "0.4" }))).toMatch(
      /a pound takes roughly a week/,
    );
    expect(said(await device.intent("WeightLossTimeIntent", { kilos: "0.2" }))).toMatch(
      /a pound takes roughly a week/,
    );
  });
});

describe("corrections and read-back", () => {
  it("updates one value, confirms it in the units used, and reads the profile back", async () => {
    const device = skill.device("corrector");
    await device.intent("CalorieTargetIntent");
    await answer(device, { sex: { value: "female", id: "female" } });
    await answer(device, { age: "45" });
    await answer(device, { heightFeet: "5", heightInches: "4" });
    await answer(device, { weight: "160" });
    await answer(device, { activity: { value: "moderately active", id: "moderate" } });
    const fix = said(await answer(device, { weightKilos: "68" }));
    expect(fix).toMatch(
      /^Got it: 68 kilos\. Your daily target is now about 1,\d{3} calories\. Anything else\?$/,
    );
    expect(said(await device.intent("ProfileReadIntent"))).toBe(
      "Here's what I have: a 45-year-old woman, 5 foot 4, 150 pounds, moderately active. To change something, say, for example, update my weight to 180 pounds. Anything else?",
    );
  });

  it("says there is no profile yet, and offers to start one", async () => {
    const device = skill.device("no-profile");
    const reply = await device.intent("ProfileReadIntent");
    expect(said(reply)).toBe(
      "I don't have any details about you yet. Would you like me to work out your daily calorie target?",
    );
    expect(elicited(await device.intent("AMAZON.YesIntent"))).toBe("sex");
  });

  it("says what it stores and how to delete it", async () => {
    const text = said(await skill.device("privacy").intent("StoredDataIntent"));
    expect(text).toContain("linked to an anonymous Alexa ID, not your name");
    expect(text).toContain("Say delete my data to remove all of it.");
  });
});

describe("other nutrition answers", () => {
  it("answers protein and water in pounds-and-ounces for en-US, metric elsewhere", async () => {
    const us = skill.device("units-us");
    expect(said(await us.intent("ProteinIntent"))).toContain("about 3 to 4 ounces");
    expect(said(await us.intent("WaterIntent"))).toContain("about 60 ounces");
    const uk = skill.device("units-uk");
    uk.locale = "en-GB";
    expect(said(await uk.intent("ProteinIntent"))).toContain("about 80 to 110 grams");
    expect(said(await uk.intent("WaterIntent"))).toContain("about 1.8 liters");
  });

  it("explains why back fat needs whole-body fat loss", async () => {
    expect(said(await skill.device("spot").intent("SpotReductionIntent"))).toMatch(
      /^You can't burn fat from one spot\./,
    );
  });

  it("estimates how long ten pounds takes, in pounds or kilos", async () => {
    const device = skill.device("loser");
    await device.intent("CalorieTargetIntent");
    await answer(device, { sex: { value: "male", id: "male" } });
    await answer(device, { age: "35" });
    await answer(device, { heightCm: "180" });
    await answer(device, { weightKilos: "90" });
    await answer(device, { activity: { value: "moderately active", id: "moderate" } });
    expect(said(await device.intent("WeightLossTimeIntent", { pounds: "10" }))).toMatch(
      /10 pounds takes roughly 10 weeks\. It's an estimate, not medical advice\./,
    );
    expect(said(await device.intent("WeightLossTimeIntent", { kilos: "5" }))).toMatch(
      /11 pounds takes roughly 11 weeks/,
    );
  });

  it("asks for the profile first when it is missing, then answers the original question", async () => {
    const device = skill.device("weeks-first");
    expect(elicited(await device.intent("WeightLossTimeIntent", { pounds: "20" }))).toBe("sex");
    await answer(device, { sex: { value: "male", id: "male" } });
    await answer(device, { age: "35" });
    await answer(device, { heightCm: "180" });
    await answer(device, { weightKilos: "90" });
    const reply = said(await answer(device, { workoutsPerWeek: "4" }));
    expect(reply).toMatch(/20 pounds takes roughly 20 weeks\./);
  });
});

describe("diet tips", () => {
  it("never repeats a tip within a topic until all were heard, across sessions", async () => {
    const device = skill.device("tip-collector");
    const heard: string[] = [];
    for (let i = 0; i < 4; i++) {
      heard.push(
        said(await device.intent("DietTipIntent", { tipTopic: { value: "fats", id: "fats" } })),
      );
      await device.end();
    }
    const distinct = new Set(heard.slice(0, 3));
    expect(distinct.size).toBe(3);
    expect(heard[3]).not.toBe(heard[2]);
  });
});
