import type { Exercise } from "../coach/catalog/types";
import type { CalorieTarget } from "../coach/nutrition/calories";
import { CALORIE_FLOOR_KCAL } from "../coach/nutrition/calories";
import type { Tip } from "../coach/nutrition/tips";
import { capitalize } from "../coach/speech/text";
import type { WorkSummary } from "../coach/work-done";
import type { Voice } from "../i18n/voice";
import type { Button } from "./buttons";
import { buttonsOf, labels, type Screen, type ScreenButton } from "./screen";

/**
 * The screens that are one card (documents/card.apl.json): a kicker, a heading, a line under it,
 * rows, touch targets. Each is built from what the spoken answer says, by the same Voice.
 */
function card(
  kicker: string,
  heading: string,
  rows: readonly string[],
  options: { subtitle?: string; buttons?: readonly ScreenButton[] } = {},
): Screen {
  return {
    document: "card",
    data: {
      kicker,
      heading,
      subtitle: options.subtitle ?? "",
      rows: [...rows],
      buttons: [...(options.buttons ?? [])],
    },
  };
}

const kcal = (v: Voice, n: number) => v.figure(n);

/** "How do I do this?": the move's name, its equipment, its steps numbered. */
export function howToScreen(v: Voice, exercise: Exercise, back: readonly Button[]): Screen {
  const words = v.exercise(exercise.id);
  return card(
    v.say("screen.howTo"),
    capitalize(words.name),
    words.steps.map((step, i) => `${i + 1}. ${step}`),
    {
      subtitle: v.say("screen.equipment", {
        equipment: v.say(`screen.equipmentNames.${exercise.equipment}`),
      }),
      buttons: buttonsOf(labels(v), back),
    },
  );
}

/** The calorie target at a glance: target, maintenance, the deficit, the floor rule. */
export function calorieScreen(v: Voice, target: CalorieTarget): Screen {
  const floor = v.say("screen.floorRule", { calories: kcal(v, CALORIE_FLOOR_KCAL) });
  // At or below the floor there is no target to show, as the spoken answer says.
  if (target.noSafeDeficit)
    return card(
      v.say("screen.calorieTitle"),
      v.say("screen.maintenance", { calories: kcal(v, target.maintenanceKcal) }),
      [floor, v.say("screen.noSafeDeficit")],
    );
  return card(
    v.say("screen.calorieTitle"),
    v.say("screen.calories", { calories: kcal(v, target.targetKcal) }),
    [
      v.say("screen.maintenance", { calories: kcal(v, target.maintenanceKcal) }),
      v.say("screen.deficit", { calories: kcal(v, target.deficitKcal) }),
      target.floorApplied
        ? v.say("screen.floorApplied", { calories: kcal(v, CALORIE_FLOOR_KCAL) })
        : floor,
    ],
  );
}

/** A diet tip: its topic and the tip. */
export function tipScreen(v: Voice, tip: Tip): Screen {
  return card(v.say("screen.tipTitle", { topic: v.say(`screen.tipTopics.${tip.topic}`) }), "", [
    tip.text,
  ]);
}

/** The end of a workout: what was done, as the closing line says it. */
export function finishScreen(v: Voice, workoutId: string, done: WorkSummary): Screen {
  return card(v.say("screen.finished"), capitalize(v.workout(workoutId).title), [
    v.say("screen.finishedSummary", { moves: done.moves, minutes: done.minutes }),
  ]);
}

/** Any other answer: what was said, under the skill's name. */
export function saidCard(v: Voice, text: string): Screen {
  return card(v.say("screen.welcome"), "", [text]);
}

/**
 * The launch on a day today's plan says to rest: no workout offered, the week a touch away
 * (the reason is spoken; the screen does not push a workout the voice just advised against).
 */
export function restDayScreen(v: Voice): Screen {
  return card(v.say("screen.welcome"), v.say("screen.restToday"), [], {
    subtitle: v.say("screen.restSubtitle"),
    buttons: buttonsOf(labels(v), ["week", "workouts", "calories", "tip"], ["week"]),
  });
}

/** The launch: the workout offered (or the one to pick up), and a few choices to touch. */
export function launchScreen(v: Voice, workoutId: string, resuming: boolean): Screen {
  const words = labels(v);
  const start: ScreenButton = {
    text: resuming ? v.say("screen.resume") : words.yes,
    action: "yes",
    compact: true,
  };
  return card(v.say("screen.welcome"), capitalize(v.workout(workoutId).title), [], {
    subtitle: v.say(resuming ? "screen.unfinished" : "screen.suggested"),
    buttons: [start, ...buttonsOf(words, ["workouts", "calories", "tip", "week"], ["tip"])],
  });
}
