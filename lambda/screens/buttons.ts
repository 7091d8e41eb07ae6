/**
 * What a touch on a screen may ask for, and the spoken intent it stands for: a button does
 * exactly what saying its word does, so a UserEvent is answered by that intent's handler. The
 * argument a screen sends is the key; anything else a client sends is not a button.
 */
export const BUTTON_INTENTS = {
  pause: "AMAZON.PauseIntent",
  repeat: "AMAZON.RepeatIntent",
  skip: "SkipExerciseIntent",
  next: "AMAZON.NextIntent",
  ready: "ReadyIntent",
  yes: "AMAZON.YesIntent",
  workouts: "ListWorkoutsIntent",
  calories: "CalorieTargetIntent",
  tip: "DietTipIntent",
  week: "WeeklyProgressIntent",
  howTo: "HowToIntent",
} as const;

export type Button = keyof typeof BUTTON_INTENTS;

export const BUTTONS = Object.keys(BUTTON_INTENTS) as readonly Button[];

/** The button a UserEvent's first argument names, if it names one. */
export function buttonOf(argument: unknown): Button | undefined {
  return typeof argument === "string" && Object.hasOwn(BUTTON_INTENTS, argument)
    ? (argument as Button)
    : undefined;
}
