import type { Voice } from "../../i18n/voice";
import { type ActivityLevel, PROFILE_RANGES, type Profile } from "./profile";
import { cmToFeetInches, kgToPounds, type UnitSystem } from "./units";

/** The profile's fields in the order the coach asks for them. */
export const PROFILE_FIELDS = ["sex", "ageYears", "heightCm", "weightKg", "activity"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** A profile being collected: only validated values, never a guess. */
export type PartialProfile = Partial<Profile>;

export function missingFields(profile: PartialProfile): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => profile[field] === undefined);
}

export function completeProfile(profile: PartialProfile): Profile | undefined {
  const { sex, ageYears, heightCm, weightKg, activity } = profile;
  if (sex === undefined || ageYears === undefined || heightCm === undefined) return undefined;
  if (weightKg === undefined || activity === undefined) return undefined;
  return { sex, ageYears, heightCm, weightKg, activity };
}

/**
 * "I work out three times a week" as an activity level. The formula's levels are described by
 * exercise days: none, one to two (light), three to five (moderate), six to seven (active),
 * and more than once a day (very active).
 */
export function activityForWorkoutsPerWeek(times: number): ActivityLevel {
  if (times < 1) return "sedentary";
  if (times <= 2) return "light";
  if (times <= 5) return "moderate";
  if (times <= 7) return "active";
  return "very-active";
}

/** "moderately active". */
export function activityWords(v: Voice, activity: ActivityLevel): string {
  return v.say(`nutrition.activity.${activity}`);
}

export function heightWords(v: Voice, cm: number, units: UnitSystem): string {
  if (units === "metric") return v.say("nutrition.profile.centimeters", { cm: Math.round(cm) });
  const { feet, inches } = cmToFeetInches(cm);
  return inches === 0
    ? v.say("nutrition.profile.feet", { feet })
    : v.say("nutrition.profile.feetAndInches", { feet, inches });
}

export function weightWords(v: Voice, kg: number, units: UnitSystem): string {
  return units === "metric"
    ? v.say("nutrition.profile.kilos", { kilos: Math.round(kg) })
    : v.say("nutrition.profile.pounds", { pounds: Math.round(kgToPounds(kg)) });
}

/** "ages from 18 to 100", in the user's units, for re-asking after a value out of range. */
export function acceptedRange(
  v: Voice,
  field: Exclude<ProfileField, "sex" | "activity">,
  units: UnitSystem,
): string {
  const { min, max } = PROFILE_RANGES[field];
  switch (field) {
    case "ageYears":
      return v.say("nutrition.profile.ageRange", { min, max });
    case "heightCm":
      return v.say("nutrition.profile.heightRange", {
        min: heightWords(v, min, units),
        max: heightWords(v, max, units),
      });
    case "weightKg":
      return v.say("nutrition.profile.weightRange", {
        min: weightWords(v, min, units),
        max: weightWords(v, max, units),
      });
  }
}

/** The profile read back: "a 35-year-old man, 5 foot 11, 198 pounds, moderately active". */
export function describeProfile(
  v: Voice,
  profile: PartialProfile,
  units: UnitSystem,
): string | undefined {
  const parts: string[] = [];
  const person =
    profile.sex === undefined
      ? undefined
      : v.say(profile.sex === "female" ? "nutrition.profile.woman" : "nutrition.profile.man");
  if (profile.ageYears !== undefined) {
    const aged = v.say("nutrition.profile.aged", { age: profile.ageYears, person: person ?? "" });
    // Which ages take "an" is the language's own rule, kept with its words.
    const an = new RegExp(v.say("nutrition.profile.anBefore")).test(String(profile.ageYears));
    parts.push(
      v.say(an ? "nutrition.profile.anPerson" : "nutrition.profile.aPerson", {
        person: aged.trim(),
      }),
    );
  } else if (person) parts.push(v.say("nutrition.profile.aPerson", { person }));
  if (profile.heightCm !== undefined) parts.push(heightWords(v, profile.heightCm, units));
  if (profile.weightKg !== undefined) parts.push(weightWords(v, profile.weightKg, units));
  if (profile.activity !== undefined) parts.push(activityWords(v, profile.activity));
  if (parts.length === 0) return undefined;
  return parts.reduce((list, item) => v.say("nutrition.profile.listMore", { list, item }));
}
