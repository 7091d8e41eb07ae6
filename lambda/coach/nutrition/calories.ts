import { ACTIVITY_FACTORS, type Profile, validateProfile } from "./profile";
import { KG_PER_POUND } from "./units";

/** The daily deficit every guide agrees on: about a pound (450 g) a week. */
export const DAILY_DEFICIT_KCAL = 500;

/** Guide 003: a pound of body fat is about 3,500 kcal. */
export const KCAL_PER_POUND = 3500;

/**
 * The lowest daily target Back Coach ever suggests, for everyone.
 *
 * The guides disagree: guide 000 says professionals recommend at least 1,200 kcal a day; guide
 * 001 says women should eat at least 1,300. We take the higher figure as one floor for all
 * users. A floor exists to keep people safe, so when sources differ the cautious figure wins;
 * it is the figure given specifically for women, and nothing in the guides supports going
 * lower for men. One rule is also one sentence to say aloud.
 */
export const CALORIE_FLOOR_KCAL = 1300;

/** Spoken calorie figures are rounded to this, one rule everywhere: "about 2,120", not 2,117. */
export const SPOKEN_KCAL_STEP = 10;

/** The lowest healthy body mass index (kg/m²); no weight goal may go below it. */
export const HEALTHY_BMI_MIN = 18.5;

export interface CalorieTarget {
  /** Mifflin-St Jeor resting energy. */
  readonly restingKcal: number;
  /** Resting energy times the activity factor: what keeps weight steady. */
  readonly maintenanceKcal: number;
  /** What to eat each day, rounded to the nearest 10 kcal, never below the floor. */
  readonly targetKcal: number;
  /** The deficit actually planned (smaller than 500 when the floor applies). */
  readonly deficitKcal: number;
  readonly floorApplied: boolean;
  /**
   * The floor is at or above maintenance: there is no safe deficit from eating less at all, so
   * the target must not be offered as one (it would be a surplus).
   */
  readonly noSafeDeficit: boolean;
}

/** Mifflin-St Jeor: 10 x kg + 6.25 x cm - 5 x age, +5 for men, -161 for women. */
export function restingEnergy(profile: Profile): number {
  const { sex, weightKg, heightCm, ageYears } = validateProfile(profile);
  return 10 * weightKg + 6.25 * heightCm - 5 * ageYears + (sex === "male" ? 5 : -161);
}

export function dailyCalorieTarget(profile: Profile): CalorieTarget {
  const restingKcal = restingEnergy(profile);
  const maintenanceKcal = restingKcal * ACTIVITY_FACTORS[profile.activity];
  const planned = roundTo(maintenanceKcal - DAILY_DEFICIT_KCAL, 10);
  const floorApplied = planned < CALORIE_FLOOR_KCAL;
  const targetKcal = floorApplied ? CALORIE_FLOOR_KCAL : planned;
  return {
    restingKcal: Math.round(restingKcal),
    maintenanceKcal: Math.round(maintenanceKcal),
    targetKcal,
    // The plan's deficit, not the rounding's: 500 unless the floor shrank it.
    deficitKcal: floorApplied
      ? Math.max(0, Math.round(maintenanceKcal - CALORIE_FLOOR_KCAL))
      : DAILY_DEFICIT_KCAL,
    floorApplied,
    noSafeDeficit: maintenanceKcal <= CALORIE_FLOOR_KCAL,
  };
}

/** The lightest healthy weight for a height, in kg (BMI 18.5). */
export function lowestHealthyWeightKg(heightCm: number): number {
  const meters = heightCm / 100;
  return HEALTHY_BMI_MIN * meters * meters;
}

/** A calorie figure as it is said: rounded to SPOKEN_KCAL_STEP. */
export function spokenKcal(kcal: number): number {
  return roundTo(kcal, SPOKEN_KCAL_STEP);
}

export interface WeeklyLoss {
  readonly pounds: number;
  readonly kg: number;
}

/** Expected loss a week from a daily deficit (500 kcal a day is about 1 lb, 0.45 kg). */
export function expectedWeeklyLoss(deficitKcal: number): WeeklyLoss {
  const pounds = (Math.max(0, deficitKcal) * 7) / KCAL_PER_POUND;
  return { pounds, kg: pounds * KG_PER_POUND };
}

/**
 * Whole weeks to lose `pounds` at a daily deficit, or undefined when there is no deficit to
 * speak of (at the floor, a small person may have little or none).
 */
export function weeksToLose(pounds: number, deficitKcal: number): number | undefined {
  if (!Number.isFinite(pounds) || pounds <= 0) {
    throw new RangeError(`weeksToLose needs a positive number of pounds, got ${pounds}`);
  }
  const perWeek = expectedWeeklyLoss(deficitKcal).pounds;
  if (perWeek < 0.1) return undefined;
  return Math.ceil(pounds / perWeek);
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
