import { firstRunNote } from "../conversation/first-run-note";
import { resumeOffer } from "../conversation/lines";
import { pickReply } from "../conversation/pick-reply";
import { ask, type Outcome } from "../conversation/reply";
import { startOfferReprompt, startQuestion } from "../conversation/start-offer";
import { planToday } from "../conversation/todays-plan";
import { activeWorkout, unfinishedWorkout } from "../conversation/unfinished-workout";
import { voice } from "../i18n/voice";
import type { Handler } from "./handler";

/**
 * "What should I do today?": today's pick with its reason. A workout under way comes first
 * (it is today's workout), and so does one left unfinished, as at the launch.
 */
export const todaysPlan: Handler = {
  intents: ["TodaysPlanIntent"],
  async handle(turn, context): Promise<Outcome> {
    const v = voice(turn.locale);
    const { note, state } = firstRunNote(turn, turn.state);
    const active = activeWorkout(state);
    if (active) {
      const title = v.workout(active.workoutId).title;
      return {
        state,
        reply: ask(
          [v.say("plan.finishFirst", { title }), v.say("skill.carryOn")],
          v.say("skill.segmentReprompt"),
          "segment",
        ),
      };
    }
    const paused = unfinishedWorkout(state);
    if (paused)
      return {
        state,
        reply: ask([...note, resumeOffer(v, paused)], v.say("skill.resumeReprompt"), "resume"),
      };
    try {
      const planned = await planToday(turn, state, context);
      if (!planned.todaysPick) throw new Error("No pick was made");
      return { state: planned, reply: pickReply(turn, planned, planned.todaysPick, ...note) };
    } catch (error) {
      context.logger.error("Could not plan today", { userId: turn.userId, error });
      context.telemetry.count("StorageErrors");
      // Without the week, the plain offer: "yes" still starts a workout.
      return {
        state,
        reply: ask(
          [...note, v.say("plan.unavailable"), startQuestion(v, state)],
          startOfferReprompt(v, state),
          "start",
        ),
      };
    }
  },
};
