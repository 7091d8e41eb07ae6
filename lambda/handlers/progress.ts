import type { HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { type Speech, speakLastWorkout, speakWeek, summarizeWeek } from "../coach";
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

/**
 * A handler that answers from the user's history in their time zone (read together), or says
 * the history cannot be reached right now.
 */
function fromHistory(
  intent: string,
  limit: number,
  answer: (h: HandlerInput, entries: WorkoutLogEntry[], timeZone: string) => Speech,
): (deps: ProgressDependencies) => RequestHandler {
  return (deps) => ({
    canHandle: (h) => isIntent(h, intent),
    async handle(h) {
      try {
        const [entries, timeZone] = await Promise.all([
          history(h, deps.store, limit),
          deps.timeZones.timeZoneOf(h),
        ]);
        return offerNext(h, answer(h, entries, timeZone));
      } catch (error) {
        return unavailable(h, deps, error);
      }
    },
  });
}

/** "How am I doing this week?" Asked mid-workout, the workout under way counts so far. */
export const weeklyProgressHandler = fromHistory(
  "WeeklyProgressIntent",
  HISTORY_LIMIT,
  (h, entries, timeZone) => {
    const underWay = stretchEntry(h, getState(h));
    const all = underWay ? [underWay, ...entries] : entries;
    return speakWeek(summarizeWeek(all, requestTime(h), timeZone));
  },
);

/** "What did I do last time?" */
export const lastWorkoutHandler = fromHistory("LastWorkoutIntent", 1, (h, entries, timeZone) =>
  speakLastWorkout(entries[0], requestTime(h), timeZone),
);
