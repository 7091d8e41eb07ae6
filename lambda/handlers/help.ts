import type { RequestHandler } from "ask-sdk-core";
import { positionOf } from "../coach";
import { fill } from "../coach/speech/fill";
import { describePosition, LINES } from "../conversation/lines";
import { isIntent, unfinishedWorkout } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState } from "../conversation/session-state";

/** What can be said right now: inside a workout, the workout's commands; outside, how to start. */
export function helpFor(state: ReturnType<typeof getState>): string {
  const progress = unfinishedWorkout(state);
  if (!progress) return `${LINES.helpOutside} ${LINES.whatWouldYouLike}`;
  const position = describePosition(positionOf(progress));
  return `${fill(LINES.youAreOn, { position })} ${LINES.helpInWorkout} ${LINES.whatWouldYouLike}`;
}

export const HelpHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.HelpIntent"),
  handle(h) {
    const state = getState(h);
    // Keep a workout's "yes" meaning "carry on" after help.
    return ask(
      h,
      helpFor(state),
      LINES.whatWouldYouLike,
      unfinishedWorkout(state) ? "segment" : undefined,
    );
  },
};
