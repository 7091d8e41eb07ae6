import { GRAMS_PER_OUNCE, litersToFluidOunces } from "./units";

/**
 * Everyday guidance from the guides, as numbers the coach can say in either unit system.
 * Guide 000: an 80-110 g serving of protein food with every meal, about 1.8 l of fluid a day,
 * one to two servings of healthy fat. Guide 001: 2-4 oz of protein a meal, two to three
 * servings of fat. Where they differ we say the range that both support.
 */
export const PROTEIN_SERVING_GRAMS = { min: 80, max: 110 } as const;
export const DAILY_WATER_LITERS = 1.8;
export const HEALTHY_FAT_SERVINGS = { min: 1, max: 3 } as const;
export const SLEEP_HOURS = { min: 7, max: 8 } as const;

export interface ProteinServing {
  readonly grams: { readonly min: number; readonly max: number };
  /** Rounded to whole ounces: 80-110 g is about 3-4 oz. */
  readonly ounces: { readonly min: number; readonly max: number };
}

export function proteinPerMeal(): ProteinServing {
  return {
    grams: PROTEIN_SERVING_GRAMS,
    ounces: {
      min: Math.round(PROTEIN_SERVING_GRAMS.min / GRAMS_PER_OUNCE),
      max: Math.round(PROTEIN_SERVING_GRAMS.max / GRAMS_PER_OUNCE),
    },
  };
}

export interface DailyWater {
  readonly liters: number;
  /** 1.8 l is about 61 fl oz, said as "about 60" (to the nearest five, as the tips say it). */
  readonly fluidOunces: number;
  /** In 8 fl oz cups, rounded to the nearest half: about seven and a half. */
  readonly cups: number;
}

export function dailyWater(): DailyWater {
  const fluidOunces = litersToFluidOunces(DAILY_WATER_LITERS);
  return {
    liters: DAILY_WATER_LITERS,
    fluidOunces: Math.round(fluidOunces / 5) * 5,
    cups: Math.round((fluidOunces / 8) * 2) / 2,
  };
}
