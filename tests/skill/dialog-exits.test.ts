import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elicited, said, type TestDevice } from "../support/device";
import { answer } from "../support/profile-answer";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * A dialog is not a trap: while the calorie dialog waits for a value, other requests do what
 * they say, help and misses ask the same question again, and corrections are read back.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const female = { sex: { value: "female", id: "female" } };

/** The dialog started and answered up to the age question. */
async function askedForAge(userId: string): Promise<TestDevice> {
  const device = skill.device(userId);
  await device.intent("CalorieTargetIntent");
  const asked = await answer(device, female);
  expect(said(asked)).toBe("Thanks. How old are you?");
  return device;
}

describe("while the calorie dialog waits for a value", () => {
  it("'stop' says goodbye and ends the session", async () => {
    const device = await askedForAge("dialog-stop");
    const bye = await device.intent("AMAZON.StopIntent");
    expect(said(bye)).toBe("Okay, see you next time. Keep moving!");
    expect(bye.response.shouldEndSession).toBe(true);
  });

  it("'help' says what the questions are for and asks the same one again, as a dialog turn", async () => {
    const device = await askedForAge("dialog-help");
    const help = await device.intent("AMAZON.HelpIntent");
    expect(said(help)).toMatch(/one detail at a time\. You can also say stop\. How old are you\?$/);
    expect(elicited(help)).toBe("age");
    expect(said(await answer(device, { age: "42" }))).toMatch(/How tall are you/);
  });

  it("a miss asks the same question again", async () => {
    const device = await askedForAge("dialog-miss");
    const miss = await device.intent("AMAZON.FallbackIntent");
    expect(said(miss)).toMatch(/^Sorry, I didn't catch that\. .*How old are you\?$/);
    expect(elicited(miss)).toBe("age");
  });

  it("another value said instead is taken and read back, and the question asked again", async () => {
    const device = await askedForAge("dialog-other-value");
    const reply = await answer(device, { activity: { value: "very active", id: "active" } });
    expect(said(reply)).toBe("Got it: very active. How old are you?");
    expect(elicited(reply)).toBe("age");
  });

  it("'start a workout' starts one", async () => {
    const device = await askedForAge("dialog-workout");
    expect(said(await device.intent("StartWorkoutIntent", {}))).toMatch(
      /reverse-grip double-arm rows/,
    );
  });
});

describe("heights as people say them", () => {
  it("takes 'one sixty five' for a height asked in feet as 165 centimetres", async () => {
    const device = await askedForAge("height-in-cm");
    await answer(device, { age: "42" });
    const next = await answer(device, { heightFeet: "165" });
    expect(said(next)).toBe("Thanks. How much do you weigh?");
    const { record } = await skill.store.load("height-in-cm");
    expect(record.profile?.heightCm).toBe(165);
  });

  it("still refuses 15 feet: no one is, and it is no height in centimetres either", async () => {
    const device = await askedForAge("height-too-tall");
    await answer(device, { age: "42" });
    expect(said(await answer(device, { heightFeet: "15" }))).toMatch(/How tall are you/);
  });
});

describe("corrections", () => {
  it("'actually I'm 43' during the dialog changes the age and says so", async () => {
    const device = await askedForAge("dialog-correct");
    await answer(device, { age: "42" });
    const fixed = await answer(device, { age: "43" });
    expect(said(fixed)).toMatch(/^Got it: 43\. How tall are you/);
    expect(elicited(fixed)).toBe("heightFeet");
    const { record } = await skill.store.load("dialog-correct");
    expect(record.profile?.ageYears).toBe(43);
  });

  it("a correction after the dialog changes the target and reads the value back", async () => {
    const device = await askedForAge("dialog-correct-after");
    await answer(device, { age: "42" });
    await answer(device, { heightFeet: "5", heightInches: "6" });
    await answer(device, { weight: "170" });
    const target = said(
      await answer(device, { activity: { value: "lightly active", id: "light" } }),
    );
    expect(target).toMatch(/Your daily target is about/);
    expect(said(await answer(device, { heightFeet: "5", heightInches: "7" }))).toMatch(
      /^Got it: 5 foot 7\. Your daily target is now about [\d,]+ calories\./,
    );
  });
});
