import words from "../../content/en-US.words.json" with { type: "json" };
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

/** "moderately active": in the nutrition section of lambda/content/en-US.words.json. */
const ACTIVITY_WORDS: Readonly<Record<ActivityLevel, string>> = words.nutrition.activity;

export function activityWords(activity: ActivityLevel): string {
  return ACTIVITY_WORDS[activity];
}

export function heightWords(cm: number, units: UnitSystem): string {
  if (units === "metric") return `${Math.round(cm)} centimeters`;
  const { feet, inches } = cmToFeetInches(cm);
  return inches === 0 ? `${feet} foot` : `${feet} foot ${inches}`;
}

export function weightWords(kg: number, units: UnitSystem): string {
  return units === "metric" ? `${Math.round(kg)} kilos` : `${Math.round(kgToPounds(kg))} pounds`;
}

/** "between 18 and 100", in the user's units, for re-asking after a value out of range. */
export function acceptedRange(
  field: Exclude<ProfileField, "sex" | "activity">,
  units: UnitSystem,
): string {
  const { min, max } = PROFILE_RANGES[field];
  switch (field) {
    case "ageYears":
      return `ages from ${min} to ${max}`;
    case "heightCm":
      return `heights from ${heightWords(min, units)} to ${heightWords(max, units)}`;
    case "weightKg":
      return `weights from ${weightWords(min, units)} to ${weightWords(max, units)}`;
  }
}

/** The profile read back: "a 35-year-old man, 5 foot 11, 198 pounds, moderately active". */
export function describeProfile(profile: PartialProfile, units: UnitSystem): string | undefined {
  const parts: string[] = [];
  const person = profile.sex === undefined ? "" : profile.sex === "female" ? "woman" : "man";
  if (profile.ageYears !== undefined) parts.push(`${profile.ageYears}-year-old ${person}`.trim());
  else if (person) parts.push(person);
  if (profile.heightCm !== undefined) parts.push(heightWords(profile.heightCm, units));
  if (profile.weightKg !== undefined) parts.push(weightWords(profile.weightKg, units));
  if (profile.activity !== undefined) parts.push(activityWords(profile.activity));
  if (parts.length === 0) return undefined;
  const [first, ...rest] = parts;
  const article =
    profile.ageYears !== undefined && /^(8|11|18)/.test(String(profile.ageYears)) ? "an" : "a";
  const lead = profile.ageYears !== undefined || person ? `${article} ${first}` : first;
  return [lead, ...rest].join(", ");
}
