/** What the calorie formula needs to know about a person, in metric, validated. */

import { BackCoachError } from "../../errors";

export const SEXES = ["female", "male"] as const;
export type Sex = (typeof SEXES)[number];

/** Mifflin-St Jeor activity multipliers, from "sedentary" to "very active". */
export const ACTIVITY_FACTORS = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  "very-active": 1.9,
} as const;
export type ActivityLevel = keyof typeof ACTIVITY_FACTORS;

export interface Profile {
  readonly sex: Sex;
  readonly ageYears: number;
  readonly heightCm: number;
  readonly weightKg: number;
  readonly activity: ActivityLevel;
}

/**
 * Accepted ranges. Adults only (the guides and the formula are for adults; we are not a
 * service for children), and heights and weights that real adults have.
 */
export const PROFILE_RANGES = {
  ageYears: { min: 18, max: 100 },
  heightCm: { min: 120, max: 230 },
  weightKg: { min: 30, max: 300 },
} as const;

export type NumericField = keyof typeof PROFILE_RANGES;

/** A value outside what the formula can use. `field` says which one, for re-asking. */
export class InvalidProfileError extends BackCoachError {
  override readonly name = "InvalidProfileError";

  constructor(
    readonly field: NumericField | "sex" | "activity",
    readonly value: unknown,
  ) {
    super(describeProblem(field, value));
  }
}

function describeProblem(field: InvalidProfileError["field"], value: unknown): string {
  if (field === "sex") return `Sex must be one of ${SEXES.join(", ")}; got ${String(value)}`;
  if (field === "activity") {
    return `Activity must be one of ${Object.keys(ACTIVITY_FACTORS).join(", ")}; got ${String(value)}`;
  }
  const { min, max } = PROFILE_RANGES[field];
  return `${field} must be between ${min} and ${max}; got ${String(value)}`;
}

export function checkField(field: NumericField, value: number): number {
  const { min, max } = PROFILE_RANGES[field];
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InvalidProfileError(field, value);
  }
  return value;
}

/** Checks every field; throws InvalidProfileError on the first that is out of range. */
export function validateProfile(input: Profile): Profile {
  if (!SEXES.includes(input.sex)) throw new InvalidProfileError("sex", input.sex);
  if (!Object.hasOwn(ACTIVITY_FACTORS, input.activity)) {
    throw new InvalidProfileError("activity", input.activity);
  }
  return {
    sex: input.sex,
    ageYears: checkField("ageYears", input.ageYears),
    heightCm: checkField("heightCm", input.heightCm),
    weightKg: checkField("weightKg", input.weightKg),
    activity: input.activity,
  };
}
