import { describe, expect, it } from "vitest";
import {
  deliveryFor,
  FRESH_VARIETY,
  getWorkout,
  planFor,
  speakSegment,
  WORKOUTS,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";
import { spokenText } from "../../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

describe("timed blocks start warm and end the same way", () => {
  it("opens the run/walk intervals with a warm-up walk, never a cold run", () => {
    const run = getWorkout("run-walk-intervals");
    const plans = planFor(run);
    const first = spokenText(
      speakSegment(v, run, plans, 0, FRESH_VARIETY, deliveryFor(v, run)).ssml,
    );
    expect(first).toMatch(/Warm-up\. First up: brisk walking, three minutes easy\./);
    const second = spokenText(
      speakSegment(v, run, plans, 1, FRESH_VARIETY, deliveryFor(v, run)).ssml,
    );
    expect(second).toMatch(/^Brisk walking, three minutes, easy pace\. Go!/);
  });

  it.each(WORKOUTS.map((w) => [w.id]))(
    "%s: every stretch that ends a phase counts three, two, one into 'And stop!'",
    (id) => {
      const workout = getWorkout(id);
      const plans = planFor(workout);
      plans.forEach((plan, index) => {
        if (plan.kind !== "cardio") return;
        const last = plan.pieces[plan.pieces.length - 1];
        const text = spokenText(
          speakSegment(v, workout, plans, index, FRESH_VARIETY, deliveryFor(v, workout)).ssml,
        );
        if (last && last.to === last.phase.seconds) {
          expect(text, `${id} #${index}`).toMatch(/three two one And stop!/);
        } else {
          // Cut mid-phase: it goes on after the user's answer, so there is nothing to count into.
          expect(text, `${id} #${index}`).toMatch(/Ready for the next [a-z ]+\?$/);
        }
      });
    },
  );
});
