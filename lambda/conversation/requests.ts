import { getIntentName, getRequestType, type HandlerInput } from "ask-sdk-core";
import type { WorkoutProgress } from "../coach";
import type { SessionState } from "./session-state";

export function isRequest(h: HandlerInput, type: string): boolean {
  return getRequestType(h.requestEnvelope) === type;
}

export function isIntent(h: HandlerInput, ...names: string[]): boolean {
  return isRequest(h, "IntentRequest") && names.includes(getIntentName(h.requestEnvelope));
}

/** The workout being done in this session (not one paused earlier), if any. */
export function activeWorkout(state: SessionState): WorkoutProgress | undefined {
  const progress = state.user.progress;
  return progress?.status === "active" ? progress : undefined;
}

/** The user's unfinished workout, active or paused, if there is one. */
export function unfinishedWorkout(state: SessionState): WorkoutProgress | undefined {
  const progress = state.user.progress;
  return progress && progress.status !== "finished" ? progress : undefined;
}

/** The request's own time (never the server clock): when a workout ended, for the log. */
export function requestTime(h: HandlerInput): string {
  const timestamp = h.requestEnvelope.request.timestamp;
  const parsed = Date.parse(timestamp);
  return Number.isNaN(parsed) ? new Date(0).toISOString() : new Date(parsed).toISOString();
}
