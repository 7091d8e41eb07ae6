import words from "../../content/en-US.words.json" with { type: "json" };
import { fill } from "../speech/fill";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import {
  CALORIE_FLOOR_KCAL,
  type CalorieTarget,
  DAILY_DEFICIT_KCAL,
  expectedWeeklyLoss,
  weeksToLose,
} from "./calories";
import { dailyWater, proteinPerMeal } from "./guidance";
import type { Tip } from "./tips";
import type { UnitSystem } from "./units";

/** The sentences: the nutrition section of lambda/content/en-US.words.json. */
const LINES: Readonly<typeof words.nutrition> = words.nutrition;

/** "1,850": Alexa reads grouped digits as a number, and the listener hears a round figure. */
function kcal(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/**
 * The daily target with a one-sentence why. When the floor applies, says so and why: the user
 * asked for a deficit and deserves to know they are getting a smaller one.
 */
export function speakCalorieTarget(target: CalorieTarget, units: UnitSystem): Speech {
  const b = new SpeechBuilder().say(fill(LINES.target, { target: kcal(target.targetKcal) }));
  const maintenance = kcal(target.maintenanceKcal);
  if (target.floorApplied) {
    b.say(
      fill(LINES.floorApplied, {
        maintenance,
        deficit: DAILY_DEFICIT_KCAL,
        floor: kcal(CALORIE_FLOOR_KCAL),
      }),
    );
  } else {
    const kilos = expectedWeeklyLoss(target.deficitKcal).kg.toFixed(2);
    const perWeek = units === "imperial" ? LINES.poundAWeek : fill(LINES.kilosAWeek, { kilos });
    b.say(fill(LINES.deficit, { maintenance, deficit: DAILY_DEFICIT_KCAL, perWeek }));
  }
  return b.say(LINES.notMedicalAdvice).build();
}

/** "How long until I lose ten pounds?" */
export function speakWeeksToLose(pounds: number, target: CalorieTarget): Speech {
  const weeks = weeksToLose(pounds, target.deficitKcal);
  const b = new SpeechBuilder();
  if (weeks === undefined) {
    b.say(fill(LINES.noDeficit, { target: kcal(target.targetKcal) }));
  } else {
    b.say(
      fill(LINES.weeksToLose, {
        deficit: kcal(target.deficitKcal),
        amount: pounds === 1 ? LINES.aPound : fill(LINES.pounds, { pounds }),
        weeks: weeks === 1 ? LINES.aWeek : fill(LINES.weeks, { weeks }),
      }),
    );
  }
  return b.say(LINES.notMedicalAdvice).build();
}

export function speakProtein(units: UnitSystem): Speech {
  const { grams, ounces } = proteinPerMeal();
  const amount =
    units === "imperial" ? fill(LINES.proteinOunces, ounces) : fill(LINES.proteinGrams, grams);
  return new SpeechBuilder().say(fill(LINES.protein, { amount })).build();
}

export function speakWater(units: UnitSystem): Speech {
  const water = dailyWater();
  const amount =
    units === "imperial"
      ? fill(LINES.waterImperial, { ounces: water.fluidOunces, cups: cupsWords(water.cups) })
      : fill(LINES.waterMetric, { liters: water.liters });
  return new SpeechBuilder().say(fill(LINES.water, { amount })).build();
}

/** Why crunches for the back alone won't shift back fat. */
export function speakNoSpotReduction(): Speech {
  return new SpeechBuilder().say(LINES.noSpotReduction).build();
}

export function speakTip(tip: Tip): Speech {
  return new SpeechBuilder().say(tip.text).build();
}

function cupsWords(cups: number): string {
  return Number.isInteger(cups) ? `${cups}` : fill(LINES.halfCups, { whole: Math.floor(cups) });
}
