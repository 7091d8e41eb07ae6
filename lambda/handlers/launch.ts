import { firstRunNote } from "../conversation/first-run-note";
import { launchReply } from "../conversation/launch-reply";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import type { Handler } from "./handler";

/**
 * "Alexa, open back coach": offer to resume an unfinished workout, else, for a returning user,
 * today's pick (conversation/todays-plan.ts); a first launch, or a plan that cannot be made
 * (storage unreachable), offers the signature workout as before. The plan's code is loaded by
 * the first returning user's launch: a new user's cold start does without it.
 */
export const launch: Handler = {
  requests: ["LaunchRequest"],
  async handle(turn, context) {
    const { note, state } = firstRunNote(turn, turn.state);
    if (note.length > 0 || unfinishedWorkout(state))
      return { state, reply: await launchReply(turn, state, note) };
    const planned = await import("../conversation/todays-plan")
      .then(({ planToday }) => planToday(turn, state, context))
      .catch((error: unknown) => {
        context.logger.error("Could not plan today at launch", { userId: turn.userId, error });
        context.telemetry.count("StorageErrors");
        return state;
      });
    return { state: planned, reply: await launchReply(turn, planned, note) };
  },
};
