import type { Kit } from "../coach/catalog/kit";
import { type Voice, voice } from "../i18n/voice";
import type { Turn } from "../turn/turn";
import { askForSlot, type Part, type Reply } from "./reply";

/** The intent whose `equipment` slot the answer to "what have you got?" comes back in. */
export const WORKOUT_INTENT = "StartWorkoutIntent";
export const WORKOUT_SLOTS = ["workoutKind", "equipment", "level", "minutes", "duration"] as const;

/** How the question is put: first time, after an answer we could not use, "yes", or help. */
export type KitAsking = "first" | "again" | "which" | "help";

const QUESTION = {
  first: "choose.askKit",
  again: "choose.askKitAgain",
  which: "choose.whichKit",
  help: "choose.askKitReprompt",
} as const;

/**
 * "What have you got: nothing, a band, dumbbells, or a gym?", as a dialog turn: on a device
 * the bare answer ("dumbbells") comes back as the workout intent's equipment slot, and "yes"
 * or "no" reach the answers table as answers to this question.
 */
export function askKit(turn: Turn, asking: KitAsking, ...before: Part[]): Reply {
  const v = voice(turn.locale);
  const lead = asking === "help" ? [v.say("choose.kitHelp")] : [];
  const reply = askForSlot(
    [...before, ...lead, v.say(QUESTION[asking])].join(" "),
    v.say("choose.askKitReprompt"),
    {
      intent: WORKOUT_INTENT,
      slot: "equipment",
      slots: WORKOUT_SLOTS,
    },
  );
  return { ...reply, pending: "equipment" };
}

/** "with dumbbells", "at the gym"; "for you" when we do not know. */
export function kitPhrase(v: Voice, kit: Kit | undefined): string {
  return v.say(`choose.withKit.${kit ?? "any"}`);
}
