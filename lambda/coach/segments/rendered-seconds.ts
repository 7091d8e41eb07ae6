import type { Voice } from "../../i18n/voice";
import type { Workout } from "../catalog/types";
import { FRESH_VARIETY } from "../lines";
import type { Pace } from "../pace";
import { planFor } from "./compile";
import { useRenderer } from "./estimates";
import { type Delivery, speakSegment } from "./speak-segment";

/** The estimates worked out: every segment rendered, as a user would hear it. */
export function renderedSeconds(v: Voice, workout: Workout, pace: Pace): number[] {
  const plans = planFor(workout);
  const delivery: Delivery = { pace, minutes: workout.minutes };
  let variety = FRESH_VARIETY;
  return plans.map((_, index) => {
    const spoken = speakSegment(v, workout, plans, index, variety, delivery);
    variety = spoken.variety;
    return spoken.estimatedSeconds;
  });
}

// Loaded, the engine can work out any estimate (segments/estimates.ts).
useRenderer(renderedSeconds);
