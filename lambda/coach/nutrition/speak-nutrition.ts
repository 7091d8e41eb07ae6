import type { Voice } from "../../i18n/voice";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import {
  CALORIE_FLOOR_KCAL,
  type CalorieTarget,
  DAILY_DEFICIT_KCAL,
  expectedWeeklyLoss,
  lowestHealthyWeightKg,
  spokenKcal,
  weeksToLose,
} from "./calories";
import { dailyWater, proteinPerMeal } from "./guidance";
import type { Profile } from "./profile";
import { weightWords } from "./profile-input";
import type { Tip } from "./tips";
import { poundsToKg, type UnitSystem } from "./units";

/**
 * The daily target with a one-sentence why. When the floor applies, says so and why: the user
 * asked for a deficit and deserves to know they are getting a smaller one. When the floor is at
 * or above maintenance, there is no target to give: eating less is not the safe way there.
 */
export function speakCalorieTarget(v: Voice, target: CalorieTarget, units: UnitSystem): Speech {
  const maintenance = kcal(v, target.maintenanceKcal);
  if (target.noSafeDeficit) {
    // A "target" here would be a surplus: say what is true instead.
    return new SpeechBuilder()
      .say(v.say("nutrition.noSafeDeficit", { maintenance, floor: kcal(v, CALORIE_FLOOR_KCAL) }))
      .say(v.say("nutrition.notMedicalAdvice"))
      .build();
  }
  const b = new SpeechBuilder().say(
    v.say("nutrition.target", { target: kcal(v, target.targetKcal) }),
  );
  if (target.floorApplied) {
    b.say(
      v.say("nutrition.floorApplied", {
        maintenance,
        deficit: DAILY_DEFICIT_KCAL,
        floor: kcal(v, CALORIE_FLOOR_KCAL),
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

/**
 * "How long until I lose ten pounds?" A goal beyond what the user weighs, or below a healthy
 * weight for their height, is refused kindly rather than timed.
 */
export function speakWeeksToLose(
  v: Voice,
  pounds: number,
  target: CalorieTarget,
  profile: Pick<Profile, "weightKg" | "heightCm">,
  units: UnitSystem,
): Speech {
  const b = new SpeechBuilder();
  const goalKg = profile.weightKg - poundsToKg(pounds);
  const healthyKg = lowestHealthyWeightKg(profile.heightCm);
  const amount =
    units === "metric"
      ? v.say("nutrition.kilos", { kilos: Math.round(poundsToKg(pounds)) })
      : pounds === 1
        ? v.say("nutrition.aPound")
        : v.say("nutrition.pounds", { pounds });
  if (goalKg <= 0) return b.say(v.say("nutrition.moreThanYouWeigh")).build();
  if (goalKg < healthyKg) {
    return b
      .say(
        v.say("nutrition.belowHealthyWeight", {
          amount,
          healthy: weightWords(v, healthyKg, units),
        }),
      )
      .build();
  }
  if (target.noSafeDeficit) {
    const maintenance = kcal(v, target.maintenanceKcal);
    return b
      .say(v.say("nutrition.noSafeDeficit", { maintenance, floor: kcal(v, CALORIE_FLOOR_KCAL) }))
      .say(v.say("nutrition.notMedicalAdvice"))
      .build();
  }
  const weeks = weeksToLose(pounds, target.deficitKcal);
  if (weeks === undefined) {
    b.say(v.say("nutrition.noDeficit", { target: kcal(v, target.targetKcal) }));
  } else {
    b.say(
      v.say("nutrition.weeksToLose", {
        deficit: kcal(v, target.deficitKcal),
        amount,
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

/** A calorie figure the way it is said: one rounding rule, grouped digits ("2,120"). */
function kcal(v: Voice, value: number): string {
  return v.figure(spokenKcal(value));
}

export function speakTip(tip: Tip): Speech {
  return new SpeechBuilder().say(tip.text).build();
}
