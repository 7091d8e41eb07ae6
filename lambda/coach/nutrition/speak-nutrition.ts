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
const W: Readonly<typeof words.nutrition> = words.nutrition;

/** "1,850": Alexa reads grouped digits as a number, and the listener hears a round figure. */
function kcal(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/**
 * The daily target with a one-sentence why. When the floor applies, says so and why: the user
 * asked for a deficit and deserves to know they are getting a smaller one.
 */
export function speakCalorieTarget(target: CalorieTarget, units: UnitSystem): Speech {
  const b = new SpeechBuilder().say(fill(W.target, { target: kcal(target.targetKcal) }));
  const maintenance = kcal(target.maintenanceKcal);
  if (target.floorApplied) {
    b.say(
      fill(W.floorApplied, {
        maintenance,
        deficit: DAILY_DEFICIT_KCAL,
        floor: kcal(CALORIE_FLOOR_KCAL),
      }),
    );
  } else {
    const kilos = expectedWeeklyLoss(target.deficitKcal).kg.toFixed(2);
    const perWeek = units === "imperial" ? W.poundAWeek : fill(W.kilosAWeek, { kilos });
    b.say(fill(W.deficit, { maintenance, deficit: DAILY_DEFICIT_KCAL, perWeek }));
  }
  return b.say(W.notMedicalAdvice).build();
}

/** "How long until I lose ten pounds?" */
export function speakWeeksToLose(pounds: number, target: CalorieTarget): Speech {
  const weeks = weeksToLose(pounds, target.deficitKcal);
  const b = new SpeechBuilder();
  if (weeks === undefined) {
    b.say(fill(W.noDeficit, { target: kcal(target.targetKcal) }));
  } else {
    b.say(
      fill(W.weeksToLose, {
        deficit: kcal(target.deficitKcal),
        amount: pounds === 1 ? W.aPound : fill(W.pounds, { pounds }),
        weeks: weeks === 1 ? W.aWeek : fill(W.weeks, { weeks }),
      }),
    );
  }
  return b.say(W.notMedicalAdvice).build();
}

export function speakProtein(units: UnitSystem): Speech {
  const { grams, ounces } = proteinPerMeal();
  const amount = units === "imperial" ? fill(W.proteinOunces, ounces) : fill(W.proteinGrams, grams);
  return new SpeechBuilder().say(fill(W.protein, { amount })).build();
}

export function speakWater(units: UnitSystem): Speech {
  const water = dailyWater();
  const amount =
    units === "imperial"
      ? fill(W.waterImperial, { ounces: water.fluidOunces, cups: cupsWords(water.cups) })
      : fill(W.waterMetric, { liters: water.liters });
  return new SpeechBuilder().say(fill(W.water, { amount })).build();
}

/** Why crunches for the back alone won't shift back fat. */
export function speakNoSpotReduction(): Speech {
  return new SpeechBuilder().say(W.noSpotReduction).build();
}

export function speakTip(tip: Tip): Speech {
  return new SpeechBuilder().say(tip.text).build();
}

function cupsWords(cups: number): string {
  return Number.isInteger(cups) ? `${cups}` : fill(W.halfCups, { whole: Math.floor(cups) });
}
