import { planInputOf, RECENT_DAYS } from "../coach/plan/plan-input";
import { todaysPick } from "../coach/plan/todays-pick";
import type { SkillContext } from "../handlers/handler";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { firstRunNote } from "./first-run-note";
import { recentHistory } from "./history";
import { lengthsFor } from "./lengths";
import { beginWorkout } from "./moves";
import type { Outcome } from "./reply";
import { tunedStart } from "./tuned-start";
import { speakWorkoutTurn, stretchEntry } from "./workout-turns";

/**
 * Today's plan (issue 15): one workout, or rest, with the reason from this week so far. The
 * rule is the engine's (coach/plan/todays-pick.ts); this reads what it needs, keeps the pick in
 * the session (what "yes" starts, what "repeat" and a miss ask again) and says it.
 */

/** The plan reads four weeks (level, usual length, kit used), and yesterday within them. */
const PLAN_DAYS = RECENT_DAYS + 1;
/** Far more than four weeks can hold at a session or two a day; a year of history reads no more. */
const PLAN_LIMIT = 200;

/** The state with today's pick in it, decided from the log and the device's calendar. Throws when storage can't be read. */
export async function planToday(
  turn: Turn,
  state: SessionState,
  context: SkillContext,
): Promise<SessionState> {
  const [entries, zone] = await Promise.all([
    recentHistory(turn, context, PLAN_DAYS, PLAN_LIMIT),
    context.timeZones.timeZoneOf(turn, state),
  ]);
  // A stretch of workout done in this session and not logged yet counts, as in the week.
  const underWay = stretchEntry(turn, zone.state);
  const input = planInputOf(
    underWay ? [underWay, ...entries] : entries,
    turn.time,
    zone.timeZone,
    zone.state.user.equipment,
  );
  const pick = todaysPick(input, lengthsFor(turn, zone.state));
  const { cardio, strength, minutes } = input.week;
  return { ...zone.state, todaysPick: { pick, week: { cardio, strength, minutes } } };
}

/** "Yes" to today's pick: that workout starts (with no pick kept, the bare request's). */
export function startPick(turn: Turn, state: SessionState): Outcome {
  const offered = state.todaysPick;
  if (!offered || "rest" in offered.pick) return beginWorkout(turn, state, {});
  const first = firstRunNote(turn, state);
  const { todaysPick: _taken, followOn: _previous, ...rest } = first.state;
  // Tuned like any other start: the reps and forms the user's ratings have earned.
  const tuned = tunedStart(turn, rest, offered.pick.workoutId, first.note);
  return speakWorkoutTurn(turn, tuned.state, tuned.coached, ...first.note, ...tuned.lead);
}
