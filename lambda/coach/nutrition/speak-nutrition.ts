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

const NOT_MEDICAL_ADVICE = "It's an estimate, not medical advice.";

/** "1,850": Alexa reads grouped digits as a number, and the listener hears a round figure. */
function kcal(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/**
 * The daily target with a one-sentence why. When the floor applies, says so and why: the user
 * asked for a deficit and deserves to know they are getting a smaller one.
 */
export function speakCalorieTarget(target: CalorieTarget, units: UnitSystem): Speech {
  const b = new SpeechBuilder().say(
    `Your daily target is about ${kcal(target.targetKcal)} calories.`,
  );
  if (target.floorApplied) {
    b.say(
      `Your maintenance is about ${kcal(target.maintenanceKcal)}, and taking off ${DAILY_DEFICIT_KCAL} would put you under ${kcal(CALORIE_FLOOR_KCAL)}. That's the least we ever suggest, because eating less can leave you tired and short of nutrients, and can even slow your progress.`,
    );
  } else {
    const loss = expectedWeeklyLoss(target.deficitKcal);
    const perWeek =
      units === "imperial" ? "about a pound a week" : `about ${loss.kg.toFixed(2)} kilos a week`;
    b.say(
      `Your maintenance is about ${kcal(target.maintenanceKcal)}; minus ${DAILY_DEFICIT_KCAL} for ${perWeek}.`,
    );
  }
  return b.say(NOT_MEDICAL_ADVICE).build();
}

/** "How long until I lose ten pounds?" */
export function speakWeeksToLose(pounds: number, target: CalorieTarget): Speech {
  const weeks = weeksToLose(pounds, target.deficitKcal);
  const b = new SpeechBuilder();
  if (weeks === undefined) {
    b.say(
      `At your daily target of ${kcal(target.targetKcal)} there's almost no deficit, so the scale may barely move. More activity is the way to widen the gap.`,
    );
  } else {
    const amount = pounds === 1 ? "a pound" : `${pounds} pounds`;
    b.say(
      `At about ${kcal(target.deficitKcal)} calories a day under maintenance, ${amount} takes roughly ${weeks === 1 ? "a week" : `${weeks} weeks`}.`,
    );
  }
  return b.say(NOT_MEDICAL_ADVICE).build();
}

export function speakProtein(units: UnitSystem): Speech {
  const { grams, ounces } = proteinPerMeal();
  const amount =
    units === "imperial"
      ? `${ounces.min} to ${ounces.max} ounces`
      : `${grams.min} to ${grams.max} grams`;
  return new SpeechBuilder()
    .say(
      `Have a serving of protein food with every meal: about ${amount}, roughly the size of your palm. Chicken, fish, eggs, yogurt or tofu all work.`,
    )
    .build();
}

export function speakWater(units: UnitSystem): Speech {
  const water = dailyWater();
  const amount =
    units === "imperial"
      ? `about ${water.fluidOunces} ounces, or ${cupsWords(water.cups)} cups`
      : `about ${water.liters} liters`;
  return new SpeechBuilder()
    .say(
      `A good starting point is ${amount} of fluid a day. Water, decaf tea and decaf coffee all count; sugary drinks are best swapped out.`,
    )
    .build();
}

/** Why crunches for the back alone won't shift back fat. */
export function speakNoSpotReduction(): Speech {
  return new SpeechBuilder()
    .say(
      "You can't burn fat from one spot. Back fat goes as your whole body loses fat, through a calorie deficit and cardio. Back exercises firm the muscle underneath, so it looks tighter as the fat comes off.",
    )
    .build();
}

export function speakTip(tip: Tip): Speech {
  return new SpeechBuilder().say(tip.text).build();
}

function cupsWords(cups: number): string {
  return Number.isInteger(cups) ? `${cups}` : `${Math.floor(cups)} and a half`;
}
