import { advance, goodbye, resume } from "../conversation/moves";
import { voice } from "../i18n/voice";
import type { Handler } from "./handler";

/**
 * "Pause" ends the session with the position kept: an open session would close itself after
 * one reprompt anyway, so we say plainly how to come back instead.
 */
export const pause: Handler = {
  intents: ["AMAZON.PauseIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    return goodbye(turn, turn.state, { kept: v.say("skill.paused"), none: v.say("skill.goodbye") });
  },
};

/**
 * "Resume", "continue", "keep going": after a pause, the segment from its start; mid-session
 * (Alexa sends this same intent for "keep going"), simply the next segment.
 */
export const resumeHandler: Handler = {
  intents: ["AMAZON.ResumeIntent"],
  handle: (turn) =>
    turn.state.user.progress?.status === "active"
      ? advance(turn, turn.state)
      : resume(turn, turn.state),
};

/** Stop and Cancel: a short goodbye; an unfinished workout is kept to pick up later. */
export const stop: Handler = {
  intents: ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    return goodbye(turn, turn.state, {
      kept: v.say("skill.goodbyeMidWorkout"),
      none: v.say("skill.goodbye"),
    });
  },
};
