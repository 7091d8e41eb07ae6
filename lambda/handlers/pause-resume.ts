import type { RequestHandler } from "ask-sdk-core";
import { LINES } from "../conversation/lines";
import { isIntent } from "../conversation/requests";
import { tell } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import { advance, holdPosition, resume } from "./workout-flow";

/**
 * "Pause" ends the session with the position kept: an open session would close itself after
 * one reprompt anyway, so we say plainly how to come back instead.
 */
export const PauseHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.PauseIntent"),
  handle: (h) => tell(h, holdPosition(h) ? LINES.paused : LINES.goodbye),
};

/**
 * "Resume", "continue", "keep going": after a pause, the segment from its start; mid-session
 * (Alexa sends this same intent for "keep going"), simply the next segment.
 */
export const ResumeHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, "AMAZON.ResumeIntent"),
  handle: (h) => (getState(h).user.progress?.status === "active" ? advance(h) : resume(h)),
};
