import type { RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { LINES } from "../conversation/lines";
import { isIntent, unfinishedWorkout } from "../conversation/requests";
import { ask, tell } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { giveTip } from "./diet-tip";
import { askCalorieTarget } from "./profile";
import { beginWorkout } from "./start-workout";
import { advance, resume } from "./workout-flow";

/** "Yes" means whatever the last question asked. */
export const YesHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.YesIntent"),
  handle(h): Response {
    switch (getState(h).pending) {
      case "segment":
        return advance(h);
      case "resume":
        return resume(h);
      case "start":
        return beginWorkout(h, {});
      case "tip":
        return giveTip(h);
      case "calories":
        return askCalorieTarget(h);
      default:
        return ask(h, LINES.startHint, LINES.startHint);
    }
  },
};

/** "No": not now. Inside a workout it waits; after a workout or a tip it says goodbye. */
export const NoHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.NoIntent"),
  handle(h): Response {
    const state = getState(h);
    switch (state.pending) {
      case "segment":
        return ask(h, LINES.takeYourTime, LINES.segmentReprompt, "segment");
      case "resume":
      case "start":
        return ask(h, `${LINES.okNotNow} ${LINES.whichWorkout}`, LINES.whichWorkoutReprompt);
      case "tip":
        return tell(h, LINES.goodbye);
      case "calories":
        return ask(h, `${LINES.okNotNow} ${LINES.whatWouldYouLike}`, LINES.whatWouldYouLike);
      default:
        return unfinishedWorkout(state)
          ? ask(h, LINES.takeYourTime, LINES.segmentReprompt, "segment")
          : ask(h, LINES.startHint, LINES.startHint);
    }
  },
};
