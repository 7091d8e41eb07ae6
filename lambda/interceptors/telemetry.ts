import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from "ask-sdk-core";
import { readState } from "../conversation/session-state";
import type { Telemetry } from "../telemetry";

const STARTED_AT = "telemetryStartedAt";
const LOGGED_BEFORE = "telemetryLoggedBefore";
const WORKOUT_BEFORE = "telemetryWorkoutBefore";

/**
 * Measures each turn from the outside: its latency, and what changed in the session (a workout
 * started, a workout finished), so handlers stay free of metrics code.
 */
export function telemetryInterceptors(telemetry: Telemetry): {
  request: RequestInterceptor;
  response: ResponseInterceptor;
} {
  return {
    request: {
      process(h) {
        const state = readState(h);
        h.attributesManager.setRequestAttributes({
          [STARTED_AT]: performance.now(),
          [LOGGED_BEFORE]: state?.unsavedLog.length ?? 0,
          [WORKOUT_BEFORE]: state?.user.progress?.workoutId ?? "",
        });
      },
    },
    response: {
      process(h, response) {
        const attributes = h.attributesManager.getRequestAttributes();
        const started = attributes[STARTED_AT];
        if (typeof started === "number") {
          const ms = performance.now() - started;
          telemetry.timing("TurnLatency", ms);
          if (readState(h)?.pending === "segment" && response?.outputSpeech)
            telemetry.timing("SegmentLatency", ms);
        }
        countWorkouts(h, telemetry, attributes);
      },
    },
  };
}

function countWorkouts(
  h: HandlerInput,
  telemetry: Telemetry,
  before: Record<string, unknown>,
): void {
  const state = readState(h);
  if (!state) return;
  // A workout starts when its first segment is spoken and it was not the one under way.
  const progress = state.user.progress;
  if (progress?.segmentIndex === 0 && progress.workoutId !== before[WORKOUT_BEFORE]) {
    telemetry.count("WorkoutsStarted");
  }
  const newlyLogged = state.unsavedLog.slice(Number(before[LOGGED_BEFORE] ?? 0));
  const finished = newlyLogged.filter((logged) => logged.entry.completed).length;
  if (finished > 0) telemetry.count("WorkoutsFinished", finished);
}
