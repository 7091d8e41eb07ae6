import type { SkillContext } from "../handlers/handler";
import { say, voice } from "../i18n/voice";
import type { Pending, SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { dropFollowOn, offerFollowOn, startFollowOn } from "./follow-on";
import { askKit } from "./kit-question";
import { advance, beginWorkout, giveTip, resume, startHint } from "./moves";
import { withProfile } from "./profile-dialog";
import { goOn } from "./rating";
import { setReminder, withoutDraft } from "./reminder-dialog";
import { cancelAll } from "./reminders-api";
import { ask, type Outcome, tell } from "./reply";
import { keepProgress, resetProgress } from "./reset-progress";
import { startPick } from "./todays-plan";
import { unfinishedWorkout } from "./unfinished-workout";
import { withoutKit } from "./workout-request";

type Move = (turn: Turn, state: SessionState, context: SkillContext) => Outcome | Promise<Outcome>;

const reply =
  (make: (turn: Turn, state: SessionState) => ReturnType<typeof ask>): Move =>
  (turn, state) => ({ state, reply: make(turn, state) });

const goodbye = (turn: Turn, state: SessionState): Outcome => ({
  state,
  reply: tell(say(turn.locale, "skill.goodbye")),
});
const startHintMove = reply(startHint);

/** "No" inside a workout: it waits, and "yes" still carries on. */
const takeYourTime = reply((turn) => {
  const v = voice(turn.locale);
  return ask(v.say("skill.takeYourTime"), v.say("skill.segmentReprompt"), "segment");
});

const whichWorkoutInstead = reply((turn) => {
  const v = voice(turn.locale);
  return ask(
    `${v.say("skill.okNotNow")} ${v.say("skill.whichWorkout")}`,
    v.say("skill.whichWorkoutReprompt"),
  );
});

/** A short acknowledgement, then "What would you like to do?". */
const whatElse = (lead: "skill.okNotNow" | "skill.keptData"): Move =>
  reply((turn) => {
    const v = voice(turn.locale);
    const question = v.say("skill.whatWouldYouLike");
    return ask(`${v.say(lead)} ${question}`, question);
  });

/**
 * "Yes" to "are you sure?": every item of the user goes, and so do the workout reminders the
 * skill set (they live in Alexa, not in our table); the next launch is a first one. The
 * reminders go first and whatever storage does, since the user asked for everything to go.
 */
const deleteEverything: Move = async (turn, state, { store, logger, reminders }) => {
  const v = voice(turn.locale);
  const cancelled = turn.api ? await cancelAll(reminders, turn.api) : undefined;
  try {
    const items = turn.userId ? await store.deleteUser(turn.userId) : 0;
    logger.info("User data deleted on request", { userId: turn.userId, items });
  } catch (error) {
    logger.error("Could not delete user data", { userId: turn.userId, error });
    const some = cancelled?.ok && cancelled.value.cancelled > 0;
    return {
      state,
      reply: tell(v.say(some ? "reminders.deleteFailedRemindersCancelled" : "skill.deleteFailed")),
    };
  }
  // No permission means Back Coach can have set none (or can reach none): nothing to say.
  const unreached = cancelled && !cancelled.ok && cancelled.problem !== "permission";
  const left = unreached || (cancelled?.ok && cancelled.value.cancelled < cancelled.value.found);
  const words = left
    ? "reminders.deletedRemindersLeft"
    : cancelled?.ok && cancelled.value.cancelled > 0
      ? "reminders.deletedWithReminders"
      : "skill.deleted";
  return { state: { ...withoutDraft(state), deleted: true }, reply: tell(v.say(words)) };
};

/**
 * What "yes" and "no" do, for each question the skill can leave open. One table, so a short
 * answer always answers the question that was asked, whatever else was said in between.
 */
const ANSWERS: Readonly<Record<Pending | "none", { readonly yes: Move; readonly no: Move }>> = {
  segment: { yes: advance, no: takeYourTime },
  resume: { yes: resume, no: whichWorkoutInstead },
  start: { yes: (turn, state) => beginWorkout(turn, state, {}), no: whichWorkoutInstead },
  todaysPick: { yes: startPick, no: whichWorkoutInstead },
  // "No" to a tip after a workout of a long session: the next workout of the plan is offered.
  tip: {
    yes: (turn, state) => giveTip(turn, state),
    no: (turn, state) => offerFollowOn(turn, state) ?? goodbye(turn, state),
  },
  // "Anything else?": yes, then what; no, goodbye.
  anythingElse: {
    yes: reply((turn) => {
      const question = say(turn.locale, "skill.whatWouldYouLike");
      return ask(question, question);
    }),
    no: goodbye,
  },
  followOn: {
    yes: (turn, state, context) =>
      startFollowOn(turn, state) ?? startHintMove(turn, state, context),
    no: (turn, state) => goodbye(turn, dropFollowOn(state)),
  },
  // "Yes" is no kit: asked which. "No" (nothing, or not saying): one that needs nothing.
  equipment: {
    yes: (turn, state) => ({ state, reply: askKit(turn, "which") }),
    no: (turn, state) => withoutKit(turn, state, state.kitQuestion?.request ?? {}),
  },
  calories: {
    yes: (turn, state) => withProfile(turn, state, { kind: "calories" }),
    no: whatElse("skill.okNotNow"),
  },
  delete: {
    yes: deleteEverything,
    no: whatElse("skill.keptData"),
  },
  reminder: {
    yes: setReminder,
    no: (turn, state, context) => whatElse("skill.okNotNow")(turn, withoutDraft(state), context),
  },
  // "Yes" to "how was that?" is a go-ahead, as "ready" is; "no" passes over it.
  rating: {
    yes: (turn, state) => (unfinishedWorkout(state) ? advance(turn, state) : goOn(turn, state)),
    no: (turn, state) => goOn(turn, state),
  },
  resetProgress: { yes: resetProgress, no: keepProgress },
  // Nothing asked: "no" in a workout is a breather; otherwise, how to start.
  none: {
    yes: startHintMove,
    no: (turn, state, context) =>
      unfinishedWorkout(state)
        ? takeYourTime(turn, state, context)
        : startHintMove(turn, state, context),
  },
};

/** The answer to the question left open. */
export function answer(
  said: "yes" | "no",
  turn: Turn,
  context: SkillContext,
): Outcome | Promise<Outcome> {
  return ANSWERS[turn.state.pending ?? "none"][said](turn, turn.state, context);
}
