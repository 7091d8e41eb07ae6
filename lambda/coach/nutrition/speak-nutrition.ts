import type { Voice } from "../../i18n/voice";
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

/**
 * The daily target with a one-sentence why. When the floor applies, says so and why: the user
 * asked for a deficit and deserves to know they are getting a smaller one.
 */
export function speakCalorieTarget(v: Voice, target: CalorieTarget, units: UnitSystem): Speech {
  const b = new SpeechBuilder().say(
    v.say("nutrition.target", { target: v.figure(target.targetKcal) }),
  );
  const maintenance = v.figure(target.maintenanceKcal);
  if (target.floorApplied) {
    b.say(
      v.say("nutrition.floorApplied", {
        maintenance,
        deficit: DAILY_DEFICIT_KCAL,
        floor: v.figure(CALORIE_FLOOR_KCAL),
      }),
    );
  } else {
    const kilos = expectedWeeklyLoss(target.deficitKcal).kg.toFixed(2);
    const perWeek =
      units === "imperial"
        ? v.say("nutrition.poundAWeek")
        : v.say("nutrition.kilosAWeek", { kilos });
    b.say(v.say("nutrition.deficit", { maintenance, deficit: DAILY_DEFICIT_KCAL, perWeek }));
  }
  return b.say(v.say("nutrition.notMedicalAdvice")).build();
}

/** "How long until I lose ten pounds?" */
export function speakWeeksToLose(v: Voice, pounds: number, target: CalorieTarget): Speech {
  const weeks = weeksToLose(pounds, target.deficitKcal);
  const b = new SpeechBuilder();
  if (weeks === undefined) {
    b.say(v.say("nutrition.noDeficit", { target: v.figure(target.targetKcal) }));
  } else {
    b.say(
      v.say("nutrition.weeksToLose", {
        deficit: v.figure(target.deficitKcal),
        amount: pounds === 1 ? v.say("nutrition.aPound") : v.say("nutrition.pounds", { pounds }),
        weeks: weeks === 1 ? v.say("nutrition.aWeek") : v.say("nutrition.weeks", { weeks }),
      }),
    );
  }
  return b.say(v.say("nutrition.notMedicalAdvice")).build();
}

export function speakProtein(v: Voice, units: UnitSystem): Speech {
  const { grams, ounces } = proteinPerMeal();
  const amount =
    units === "imperial"
      ? v.say("nutrition.proteinOunces", ounces)
      : v.say("nutrition.proteinGrams", grams);
  return new SpeechBuilder().say(v.say("nutrition.protein", { amount })).build();
}

export function speakWater(v: Voice, units: UnitSystem): Speech {
  const water = dailyWater();
  const cups = Number.isInteger(water.cups)
    ? `${water.cups}`
    : v.say("nutrition.halfCups", { whole: Math.floor(water.cups) });
  const amount =
    units === "imperial"
      ? v.say("nutrition.waterImperial", { ounces: water.fluidOunces, cups })
      : v.say("nutrition.waterMetric", { liters: water.liters });
  return new SpeechBuilder().say(v.say("nutrition.water", { amount })).build();
}

/** Why crunches for the back alone won't shift back fat. */
export function speakNoSpotReduction(v: Voice): Speech {
  return new SpeechBuilder().say(v.say("nutrition.noSpotReduction")).build();
}

export function speakTip(tip: Tip): Speech {
  return new SpeechBuilder().say(tip.text).build();
}
