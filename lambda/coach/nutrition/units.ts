/** Unit conversions for what people say ("five foot six", "180 pounds") and what we say back. */

export const KG_PER_POUND = 0.45359237;
export const CM_PER_INCH = 2.54;
export const INCHES_PER_FOOT = 12;
export const FLUID_OUNCES_PER_LITER = 33.814;
export const GRAMS_PER_OUNCE = 28.349523125;

export type UnitSystem = "imperial" | "metric";

export function poundsToKg(pounds: number): number {
  return pounds * KG_PER_POUND;
}

export function kgToPounds(kg: number): number {
  return kg / KG_PER_POUND;
}

export function feetInchesToCm(feet: number, inches = 0): number {
  return (feet * INCHES_PER_FOOT + inches) * CM_PER_INCH;
}

/** 167.6 cm -> { feet: 5, inches: 6 }, rounded to the nearest inch. */
export function cmToFeetInches(cm: number): { feet: number; inches: number } {
  const totalInches = Math.round(cm / CM_PER_INCH);
  return { feet: Math.floor(totalInches / INCHES_PER_FOOT), inches: totalInches % INCHES_PER_FOOT };
}

export function litersToFluidOunces(liters: number): number {
  return liters * FLUID_OUNCES_PER_LITER;
}

export function gramsToOunces(grams: number): number {
  return grams / GRAMS_PER_OUNCE;
}
