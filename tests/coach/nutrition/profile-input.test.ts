import { describe, expect, it } from "vitest";
import {
  acceptedRange,
  activityForWorkoutsPerWeek,
  completeProfile,
  describeProfile,
  missingFields,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";

const v = voice(DEFAULT_LOCALE);

describe("collecting a profile", () => {
  it("asks only for what is missing, in a fixed order", () => {
    expect(missingFields({})).toEqual(["sex", "ageYears", "heightCm", "weightKg", "activity"]);
    expect(missingFields({ ageYears: 40, weightKg: 80 })).toEqual(["sex", "heightCm", "activity"]);
  });

  it("is complete only with every field", () => {
    const full = {
      sex: "female",
      ageYears: 40,
      heightCm: 168,
      weightKg: 70,
      activity: "light",
    } as const;
    expect(completeProfile(full)).toEqual(full);
    const { activity: _activity, ...withoutActivity } = full;
    expect(completeProfile(withoutActivity)).toBeUndefined();
  });

  it.each([
    [0, "sedentary"],
    [2, "light"],
    [3, "moderate"],
    [5, "moderate"],
    [6, "active"],
    [10, "very-active"],
  ] as const)("takes %i workouts a week as %s", (times, level) => {
    expect(activityForWorkoutsPerWeek(times)).toBe(level);
  });

  it("says the accepted ranges in the user's units", () => {
    expect(acceptedRange(v, "ageYears", "imperial")).toBe("ages from 18 to 100");
    expect(acceptedRange(v, "weightKg", "imperial")).toBe("weights from 66 pounds to 661 pounds");
    expect(acceptedRange(v, "weightKg", "metric")).toBe("weights from 30 kilos to 300 kilos");
    expect(acceptedRange(v, "heightCm", "imperial")).toBe("heights from 3 foot 11 to 7 foot 7");
  });

  it("reads a profile back", () => {
    expect(
      describeProfile(
        v,
        { sex: "male", ageYears: 35, heightCm: 180.34, weightKg: 89.8, activity: "moderate" },
        "imperial",
      ),
    ).toBe("a 35-year-old man, 5 foot 11, 198 pounds, moderately active");
    expect(describeProfile(v, { sex: "female", ageYears: 81 }, "metric")).toBe(
      "an 81-year-old woman",
    );
    expect(describeProfile(v, { weightKg: 70 }, "metric")).toBe("70 kilos");
    expect(describeProfile(v, {}, "metric")).toBeUndefined();
  });
});
