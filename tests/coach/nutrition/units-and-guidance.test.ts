import { describe, expect, it } from "vitest";
import {
  cmToFeetInches,
  dailyWater,
  feetInchesToCm,
  gramsToOunces,
  kgToPounds,
  litersToFluidOunces,
  poundsToKg,
  proteinPerMeal,
} from "../../../lambda/coach";

describe("unit conversions", () => {
  it("turns pounds into kilograms and back", () => {
    expect(poundsToKg(180)).toBeCloseTo(81.65, 2);
    expect(kgToPounds(82)).toBeCloseTo(180.78, 2);
    expect(kgToPounds(poundsToKg(137))).toBeCloseTo(137, 10);
  });

  it("turns five foot six into 167.64 cm and back", () => {
    expect(feetInchesToCm(5, 6)).toBeCloseTo(167.64, 2);
    expect(cmToFeetInches(167.64)).toEqual({ feet: 5, inches: 6 });
    expect(cmToFeetInches(170)).toEqual({ feet: 5, inches: 7 });
  });

  it("rounds up to the next foot at eleven and a half inches", () => {
    expect(cmToFeetInches(feetInchesToCm(5, 11.6))).toEqual({ feet: 6, inches: 0 });
  });

  it("converts liters and grams", () => {
    expect(litersToFluidOunces(1)).toBeCloseTo(33.814, 3);
    expect(gramsToOunces(28.35)).toBeCloseTo(1, 3);
  });
});

describe("daily guidance from the guides", () => {
  it("suggests 80-110 g (about 3-4 oz) of protein food a meal", () => {
    expect(proteinPerMeal()).toEqual({ grams: { min: 80, max: 110 }, ounces: { min: 3, max: 4 } });
  });

  it("suggests 1.8 l of water: about 60 oz (61, to the ear) or seven and a half cups", () => {
    expect(dailyWater()).toEqual({ liters: 1.8, fluidOunces: 60, cups: 7.5 });
  });
});
