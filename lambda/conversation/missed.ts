import { voice } from "../i18n/voice";
import { MAX_MISSES, type SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { askKit } from "./kit-question";
import { openQuestion } from "./pending-question";
import { dialogAgain } from "./profile-dialog";
import { ask, type Reply } from "./reply";
import { unfinishedWorkout } from "./unfinished-workout";

/** Where the user is, as far as what they can say next goes. */
type Where = "workout" | "rating" | "answer" | "outside";

/**
 * What to say when the user was not understood: about fifteen words for where they are ("In a
 * workout, say ready to go on, or how do I do this."), then the question that was open, so
 * their next "yes" still answers it. A second miss in a row is said differently, and only the
 * third gives a short menu. The kit question asks itself again.
 */
export function missed(turn: Turn, state: SessionState): Reply {
  const v = voice(turn.locale);
  const misses = Math.min(MAX_MISSES, (state.misses ?? 0) + 1);
  if (state.pending === "equipment" && state.kitQuestion)
    return { ...askKit(turn, "again"), missed: true };
  const dialog = dialogAgain(turn, state, v.say("skill.fallback"));
  if (dialog) return { ...dialog, missed: true };
  const open = openQuestion(turn, state);
  const inWorkout = unfinishedWorkout(state) !== undefined && state.pending === "segment";
  const rating = open?.pending === "rating";
  const where: Where = inWorkout ? "workout" : rating ? "rating" : open ? "answer" : "outside";
  const lead = v.say(`skill.missed.${where}${SUFFIX[misses - 1] ?? "Menu"}`);
  const question = open?.question ?? v.say("skill.whatWouldYouLike");
  const reprompt = open?.reprompt ?? v.say("skill.whatWouldYouLike");
  return { ...ask(`${lead} ${question}`, reprompt, open?.pending), missed: true };
}

/** The first miss, the second, the third and on. */
const SUFFIX = ["", "Again", "Menu"] as const;
