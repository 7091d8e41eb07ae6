import { closingQuestion } from "../coach/closing-question";
import { describeSchedule } from "../coach/reminders/speak-reminders";
import { voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { Pending, SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { followOnOffer } from "./follow-on-offer";
import { resumeOffer } from "./lines";
import { pickQuestion } from "./pick-reply";
import { capitalized, scheduleOf } from "./reminder-dialog";
import { startOffer, startOfferReprompt } from "./start-offer";
import { activeWorkout, unfinishedWorkout } from "./unfinished-workout";

/** A question left open, in words: to ask it again after a miss, help or repeat. */
export interface OpenQuestion {
  readonly pending: Pending;
  readonly question: string;
  readonly reprompt: string;
}

/**
 * The question the skill left open, asked again, so a short "yes" still answers it after a
 * fallback, help or "repeat" ("delete everything?", "what?", "yes" deletes). Undefined when
 * nothing is open, or what was asked no longer applies. The kit question has its own words
 * (kit-question.ts).
 */
export function openQuestion(turn: Turn, state: SessionState): OpenQuestion | undefined {
  const v = voice(turn.locale);
  const pending = state.pending;
  const asked = (question: string, reprompt: string): OpenQuestion | undefined =>
    pending ? { pending, question, reprompt } : undefined;
  switch (pending) {
    case "segment": {
      const active = activeWorkout(state);
      if (!active) return undefined;
      return asked(
        segmentQuestion(turn, state) ?? v.say("skill.carryOn"),
        v.say("skill.segmentReprompt"),
      );
    }
    case "resume": {
      const progress = unfinishedWorkout(state);
      return progress && asked(resumeOffer(v, progress), v.say("skill.resumeReprompt"));
    }
    case "start":
      return asked(startOffer(v, state), startOfferReprompt(v, state));
    case "todaysPick": {
      const pick = state.todaysPick?.pick;
      if (!pick || !("workoutId" in pick)) return undefined;
      const title = v.workout(pick.workoutId).title;
      return asked(
        pickQuestion(v, state, pick.workoutId),
        v.say("choose.offerForReprompt", { title }),
      );
    }
    case "tip":
      return asked(v.say("skill.offerTip"), v.say("skill.tipReprompt"));
    case "calories":
      return asked(v.say("skill.offerCalories"), v.say("skill.offerCalories"));
    case "anythingElse":
      return asked(v.say("skill.anythingElse"), v.say("skill.anythingElseReprompt"));
    case "delete":
      return asked(v.say("skill.deleteReprompt"), v.say("skill.deleteReprompt"));
    case "reminder": {
      const schedule = scheduleOf(state.reminderDraft);
      return (
        schedule &&
        asked(
          v.say("reminders.confirm", { schedule: capitalized(describeSchedule(v, schedule)) }),
          v.say("reminders.confirmReprompt"),
        )
      );
    }
    case "rating": {
      if (!state.rating) return undefined;
      return activeWorkout(state)
        ? asked(v.say("progression.question"), v.say("progression.reprompt"))
        : asked(v.say("progression.questionWorkout"), v.say("progression.repromptWorkout"));
    }
    case "resetProgress":
      return asked(v.say("progression.reset.confirm"), v.say("progression.reset.reprompt"));
    case "followOn": {
      const offer = followOnOffer(turn, state);
      return offer && asked(offer.question, offer.reprompt);
    }
    default:
      return undefined;
  }
}

/**
 * The workout's own question ("Ready for set two?") when the last segment was heard to its
 * end; after a cut-off or a skip, the plain "Ready to carry on?" (what "ready" then does is
 * go back to, or on to, the move the user faces).
 */
function segmentQuestion(turn: Turn, state: SessionState): string | undefined {
  const active = activeWorkout(state);
  const stretch = state.stretch;
  if (!active || stretch?.askedOnly || (stretch?.end && "cutAfter" in stretch.end))
    return undefined;
  return closingQuestion(voice(turn.locale), active, paceOf(state.user));
}
