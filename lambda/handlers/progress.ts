import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { speakLastWorkout, speakWeek, summarizeWeek } from "../coach";
import { LINES } from "../conversation/lines";
import { isIntent, requestTime } from "../conversation/requests";
import { ask } from "../conversation/respond";
import { getState } from "../conversation/session-state";
import type { TimeZoneSource } from "../conversation/time-zone";
import { stretchEntry } from "../conversation/workout-turns";
import { userIdOf } from "../interceptors/user-id";
import type { Logger } from "../logger";
import type { UserStore } from "../store/user-store";
import type { WorkoutLogEntry } from "../store/workout-log";
import type { Telemetry } from "../telemetry";
import { offerNext } from "./answers";

/** Enough history for this week and a streak of several weeks. */
const HISTORY_DAYS = 70;
const HISTORY_LIMIT = 300;

export interface ProgressDependencies {
  readonly store: UserStore;
  readonly timeZones: TimeZoneSource;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
}

/**
 * The user's workouts, newest first: what storage has, plus anything this session logged that
 * could not be written yet, so a workout done during an outage still counts.
 */
async function history(
  h: HandlerInput,
  store: UserStore,
  limit: number,
): Promise<WorkoutLogEntry[]> {
  const userId = userIdOf(h.requestEnvelope);
  const since = new Date(Date.parse(requestTime(h)) - HISTORY_DAYS * 86_400_000).toISOString();
  const stored = userId ? await store.recentWorkouts(userId, since, limit) : [];
  const unsaved = getState(h).unsavedLog.map((logged) => logged.entry);
  return [...unsaved, ...stored].sort((a, b) => b.endedAt.localeCompare(a.endedAt));
}

function unavailable(
  h: HandlerInput,
  { logger, telemetry }: ProgressDependencies,
  error: unknown,
): Response {
  logger.error("Could not read workout history", { userId: userIdOf(h.requestEnvelope), error });
  telemetry.count("StorageErrors");
  return ask(h, `${LINES.historyUnavailable} ${LINES.whatWouldYouLike}`, LINES.whatWouldYouLike);
}

/** "How am I doing this week?" */
export function weeklyProgressHandler(deps: ProgressDependencies): RequestHandler {
  const { store, timeZones } = deps;
  return {
    canHandle: (h) => isIntent(h, "WeeklyProgressIntent"),
    async handle(h) {
      try {
        const [entries, timeZone] = await Promise.all([
          history(h, store, HISTORY_LIMIT),
          timeZones.timeZoneOf(h),
        ]);
        // Asked mid-workout, the workout under way counts as far as it has got.
        const underWay = stretchEntry(h, getState(h));
        const week = summarizeWeek(
          [...(underWay ? [underWay] : []), ...entries],
          requestTime(h),
          timeZone,
        );
        return offerNext(h, speakWeek(week));
      } catch (error) {
        return unavailable(h, deps, error);
      }
    },
  };
}

/** "What did I do last time?" */
export function lastWorkoutHandler(deps: ProgressDependencies): RequestHandler {
  const { store, timeZones } = deps;
  return {
    canHandle: (h) => isIntent(h, "LastWorkoutIntent"),
    async handle(h) {
      try {
        const [entries, timeZone] = await Promise.all([
          history(h, store, 1),
          timeZones.timeZoneOf(h),
        ]);
        return offerNext(h, speakLastWorkout(entries[0], requestTime(h), timeZone));
      } catch (error) {
        return unavailable(h, deps, error);
      }
    },
  };
}
