import { describe, expect, it } from "vitest";
import {
  ACTIVITY_FACTORS,
  CALORIE_FLOOR_KCAL,
  dailyCalorieTarget,
  expectedWeeklyLoss,
  InvalidProfileError,
  type Profile,
  restingEnergy,
  weeksToLose,
} from "../../../lambda/coach";

const man: Profile = {
  sex: "male",
  ageYears: 35,
  heightCm: 180,
  weightKg: 90,
  activity: "moderate",
};
const woman: Profile = {
  sex: "female",
  ageYears: 30,
  heightCm: 165,
  weightKg: 60,
  activity: "sedentary",
};

describe("restingEnergy (Mifflin-St Jeor)", () => {
  it("works the formula for a man: 10 x 90 + 6.25 x 180 - 5 x 35 + 5 = 1855", () => {
    expect(restingEnergy(man)).toBe(1855);
  });

  it("works the formula for a woman: 10 x 60 + 6.25 x 165 - 5 x 30 - 161 = 1320.25", () => {
    expect(restingEnergy(woman)).toBeCloseTo(1320.25, 5);
  });
});

describe("dailyCalorieTarget", () => {
  it("multiplies by the activity factor and takes off 500", () => {
    // 1855 x 1.55 = 2875.25; minus 500 = 2375.25, said as about 2,380.
    expect(dailyCalorieTarget(man)).toEqual({
      restingKcal: 1855,
      maintenanceKcal: 2875,
      targetKcal: 2380,
      deficitKcal: 500,
      floorApplied: false,
      noSafeDeficit: false,
    });
  });

  it("uses the five activity factors of the formula", () => {
    expect(Object.values(ACTIVITY_FACTORS)).toEqual([1.2, 1.375, 1.55, 1.725, 1.9]);
    const targets = (Object.keys(ACTIVITY_FACTORS) as (keyof typeof ACTIVITY_FACTORS)[]).map(
      (activity) => dailyCalorieTarget({ ...man, activity }).targetKcal,
    );
    expect([...targets].sort((a, b) => a - b)).toEqual(targets);
  });

  it("never goes below the 1,300 floor, and says the deficit shrank", () => {
    // 1320.25 x 1.2 = 1584.3; minus 500 = 1084, under the floor.
    const target = dailyCalorieTarget(woman);
    expect(target).toMatchObject({ targetKcal: 1300, floorApplied: true, maintenanceKcal: 1584 });
    expect(target.deficitKcal).toBe(284);
  });

  it("applies the same floor to men (the higher of the guides' two minimums)", () => {
    const small: Profile = {
      sex: "male",
      ageYears: 80,
      heightCm: 150,
      weightKg: 45,
      activity: "sedentary",
    };
    expect(CALORIE_FLOOR_KCAL).toBe(1300);
    expect(dailyCalorieTarget(small)).toMatchObject({ targetKcal: 1300, floorApplied: true });
  });

  it.each([
    ["age 3", { ageYears: 3 }, "ageYears"],
    ["age 101", { ageYears: 101 }, "ageYears"],
    ["negative weight", { weightKg: -70 }, "weightKg"],
    ["5000 pounds", { weightKg: 2268 }, "weightKg"],
    ["a height of 40 cm", { heightCm: 40 }, "heightCm"],
    ["no number at all", { heightCm: Number.NaN }, "heightCm"],
  ])("rejects %s with a clear error", (_, change, field) => {
    const bad = { ...man, ...change };
    expect(() => dailyCalorieTarget(bad)).toThrow(InvalidProfileError);
    try {
      dailyCalorieTarget(bad);
    } catch (error) {
      expect((error as InvalidProfileError).field).toBe(field);
      expect((error as Error).message).toMatch(/must be between \d+ and \d+/);
    }
  });

  it("rejects an unknown sex or activity level", () => {
    expect(() => dailyCalorieTarget({ ...man, sex: "robot" as Profile["sex"] })).toThrow(
      /Sex must be/,
    );
    expect(() =>
      dailyCalorieTarget({ ...man, activity: "extreme" as Profile["activity"] }),
    ).toThrow(/Activity must be/);
  });
});

describe("weight loss estimates", () => {
  it("makes 500 kcal a day about a pound (0.45 kg) a week", () => {
    const loss = expectedWeeklyLoss(500);
    expect(loss.pounds).toBe(1);
    expect(loss.kg).toBeCloseTo(0.4536, 3);
  });

  it("says ten pounds at 500 a day takes ten weeks", () => {
    expect(weeksToLose(10, 500)).toBe(10);
  });

  it("rounds a part week up", () => {
    // 284 kcal a day is 0.568 lb a week: ten pounds is 17.6 weeks, said as 18.
    expect(weeksToLose(10, 284)).toBe(18);
  });

  it("admits when there is no real deficit", () => {
    expect(weeksToLose(10, 0)).toBeUndefined();
  });

  it("rejects a nonsense amount", () => {
    expect(() => weeksToLose(-5, 500)).toThrow(RangeError);
  });
});
