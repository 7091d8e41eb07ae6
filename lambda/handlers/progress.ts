import { speakLastWorkout, speakWeek } from "../coach/progress/speak-progress";
import { summarizeWeek, type WeekSummary } from "../coach/progress/weekly";
import type { Speech } from "../coach/speech/ssml-builder";
import { recentHistory } from "../conversation/history";
import { type NextOffer, offerNext } from "../conversation/moves";
import { ask, type Outcome, type Reply, showing } from "../conversation/reply";
import { stretchEntry } from "../conversation/workout-turns";
import { voice } from "../i18n/voice";
import type { Screen } from "../screens/screen";
import { weekScreen } from "../screens/week-screen";
import type { WorkoutLogEntry } from "../store/workout-log";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Handler, SkillContext } from "./handler";

/** Enough history for this week and a streak of several weeks. */
const HISTORY_DAYS = 70;
const HISTORY_LIMIT = 300;

const history = (turn: Turn, context: SkillContext, limit: number) =>
  recentHistory(turn, context, HISTORY_DAYS, limit);

/** What an answer from history says, and, for the week, what it shows. */
type Answer = Speech | { readonly speech: Speech; readonly screen: Screen };

/**
 * A handler that answers from the user's history in their time zone (read together), or says
 * the history cannot be reached right now.
 */
function fromHistory(
  intent: string,
  limit: number,
  fits: NextOffer,
  answer: (turn: Turn, state: SessionState, entries: WorkoutLogEntry[], timeZone: string) => Answer,
): Handler {
  return {
    intents: [intent],
    async handle(turn, context): Promise<Outcome> {
      try {
        const [entries, zone] = await Promise.all([
          history(turn, context, limit),
          context.timeZones.timeZoneOf(turn, turn.state),
        ]);
        const { state, timeZone } = zone;
        const answered = answer(turn, state, entries, timeZone);
        const speech = "screen" in answered ? answered.speech : answered;
        const reply: Reply = offerNext(turn, state, fits, speech);
        return {
          state,
          reply: "screen" in answered ? showing(reply, () => answered.screen) : reply,
        };
      } catch (error) {
        context.logger.error("Could not read workout history", { userId: turn.userId, error });
        context.telemetry.count("StorageErrors");
        const v = voice(turn.locale);
        return {
          state: turn.state,
          reply: ask(
            `${v.say("skill.historyUnavailable")} ${v.say("skill.whatWouldYouLike")}`,
            v.say("skill.whatWouldYouLike"),
          ),
        };
      }
    },
  };
}

/** "How am I doing this week?" Asked mid-workout, the workout under way counts so far. */
// The week's answer ends with its own next step; a question on top of it would compete.
export const weeklyProgress = fromHistory(
  "WeeklyProgressIntent",
  HISTORY_LIMIT,
  "anything",
  (turn, state, entries, timeZone) => {
    const underWay = stretchEntry(turn, state);
    const all = underWay ? [underWay, ...entries] : entries;
    const v = voice(turn.locale);
    const week: WeekSummary = summarizeWeek(all, turn.time, timeZone);
    return { speech: speakWeek(v, week), screen: weekScreen(v, week) };
  },
);

/** "What did I do last time?" */
export const lastWorkout = fromHistory(
  "LastWorkoutIntent",
  1,
  "workout",
  (turn, _state, entries, timeZone) =>
    speakLastWorkout(voice(turn.locale), entries[0], turn.time, timeZone),
);
