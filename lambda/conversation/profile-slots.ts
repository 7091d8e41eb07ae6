import {
  ACTIVITY_FACTORS,
  type ActivityLevel,
  checkField,
  InvalidProfileError,
  SEXES,
  type Sex,
} from "../coach/nutrition/profile";
import {
  activityForWorkoutsPerWeek,
  type PartialProfile,
  type ProfileField,
} from "../coach/nutrition/profile-input";
import { feetInchesToCm, poundsToKg, type UnitSystem } from "../coach/nutrition/units";
import type { Turn } from "../turn/turn";
import { resolvedId, slotText } from "./slots";

export interface ProfileAnswers {
  /** The values given, converted to metric and inside the accepted ranges. */
  readonly values: PartialProfile;
  /** Fields the user tried to give but that could not be used ("banana", 5000 pounds). */
  readonly rejected: readonly ProfileField[];
}

/** A spoken number: digits from Alexa, or "?" when it heard something that isn't one. */
function spokenNumber(turn: Turn, slot: string): number | undefined | "unusable" {
  const text = slotText(turn, slot);
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : "unusable";
}

/**
 * Reads UpdateProfileIntent's slots into profile values. A slot the user filled with something
 * unusable marks its field rejected, so the dialog can re-ask with the accepted range.
 */
export function parseProfileAnswers(turn: Turn, units: UnitSystem): ProfileAnswers {
  const values: { -readonly [K in keyof PartialProfile]: PartialProfile[K] } = {};
  const rejected: ProfileField[] = [];
  const keep = <F extends "ageYears" | "heightCm" | "weightKg">(
    field: F,
    value: number | "unusable",
  ) => {
    try {
      if (value === "unusable") throw new InvalidProfileError(field, value);
      values[field] = checkField(field, value);
    } catch (error) {
      if (!(error instanceof InvalidProfileError)) throw error;
      rejected.push(field);
    }
  };

  if (slotText(turn, "sex") !== undefined) {
    const sex = SEXES.find((s): s is Sex => s === resolvedId(turn, "sex"));
    if (sex) values.sex = sex;
    else rejected.push("sex");
  }

  const age = spokenNumber(turn, "age");
  if (age !== undefined) keep("ageYears", age);

  const feet = spokenNumber(turn, "heightFeet");
  const inches = spokenNumber(turn, "heightInches") ?? 0;
  const cm = spokenNumber(turn, "heightCm");
  // Asked "how tall are you?" in feet, "one sixty five" arrives as 165 feet: nobody is, so it
  // is centimetres (no inches said; a whole number in the range people are tall).
  const feetAreCm =
    typeof feet === "number" && spokenNumber(turn, "heightInches") === undefined && feet >= 100;
  if (cm !== undefined) keep("heightCm", cm);
  else if (feetAreCm) keep("heightCm", feet);
  else if (feet !== undefined) {
    const validInches = inches !== "unusable" && inches >= 0 && inches < 12;
    keep(
      "heightCm",
      feet === "unusable" || !validInches ? "unusable" : feetInchesToCm(feet, inches),
    );
  }

  // "180 pounds", "82 kilos", or a bare number in the locale's unit.
  const pounds = spokenNumber(turn, "weightPounds");
  const kilos = spokenNumber(turn, "weightKilos");
  const bare = spokenNumber(turn, "weight");
  const inPounds = pounds ?? (kilos === undefined && units === "imperial" ? bare : undefined);
  const inKilos = kilos ?? (pounds === undefined && units === "metric" ? bare : undefined);
  if (inPounds !== undefined)
    keep("weightKg", inPounds === "unusable" ? inPounds : poundsToKg(inPounds));
  else if (inKilos !== undefined) keep("weightKg", inKilos);

  const activityText = slotText(turn, "activity");
  const times = spokenNumber(turn, "workoutsPerWeek");
  if (activityText !== undefined) {
    const id = resolvedId(turn, "activity");
    if (id && Object.hasOwn(ACTIVITY_FACTORS, id)) values.activity = id as ActivityLevel;
    else rejected.push("activity");
  } else if (times !== undefined) {
    if (times === "unusable" || times < 0 || times > 21) rejected.push("activity");
    else values.activity = activityForWorkoutsPerWeek(times);
  }
  return { values, rejected };
}

/** The slot to ask for when a field is missing or was rejected. */
export function slotFor(field: ProfileField, units: UnitSystem): string {
  switch (field) {
    case "sex":
      return "sex";
    case "ageYears":
      return "age";
    case "heightCm":
      return units === "imperial" ? "heightFeet" : "heightCm";
    case "weightKg":
      return "weight";
    case "activity":
      return "activity";
  }
}
