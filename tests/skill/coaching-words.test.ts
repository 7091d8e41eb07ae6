import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** Wording found by doing whole workouts as a new user would. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

describe("what the coach says", () => {
  it("praises effort, never form: it cannot see the user", () => {
    for (const category of ["praise", "blockDone"] as const)
      for (const line of voice(DEFAULT_LOCALE).lines(category)) expect(line).not.toMatch(/form/i);
  });

  it("asks for one more detail, not a few, when only one is missing", async () => {
    const device = skill.device("one-detail");
    await device.intent("UpdateProfileIntent", {
      sex: { value: "female", id: "female" },
      heightCm: "165",
      weightKilos: "70",
      activity: { value: "moderately active", id: "moderate" },
    });
    expect(said(await device.intent("CalorieTargetIntent"))).toBe(
      "To work that out I need one more detail. How old are you?",
    );
  });

  it("says a workout done earlier today was earlier today, not 'last time, today'", async () => {
    const device = skill.device("earlier-today");
    device.setTime("2026-11-22T07:00:00Z");
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    for (let i = 0; i < 7; i++) await device.intent("ReadyIntent");
    await device.intent("AMAZON.NoIntent");
    device.setTime("2026-11-22T09:00:00Z");
    expect(said(await device.intent("LastWorkoutIntent"))).toMatch(
      /^Earlier today, you did (six|seven|eight) minutes of pull-up progression, beginner, and finished it\./,
    );
  });
});
