import { findWorkout } from "../catalog";
import { addDays, type LocalDate, localDate, weekStart } from "./calendar";

/** One stretch of training, as the skill logs it (a workout, or the part done in a session). */
export interface ActivityEntry {
  readonly workoutId: string;
  /** ISO time it ended. */
  readonly endedAt: string;
  readonly minutes: number;
  readonly completed: boolean;
}

/**
 * The guides' weekly targets: cardio three to four times a week for thirty minutes or more
 * (guides 000, 001), 150 minutes of activity a week (guide 002, after the CDC), and back
 * strength two to three times a week (guide 001).
 */
export const WEEKLY_TARGETS = {
  cardioSessions: { min: 3, max: 4 },
  minutes: 150,
  strengthSessions: { min: 2, max: 3 },
} as const;

export interface WeekSummary {
  readonly today: LocalDate;
  /** Workouts this week (Monday to today): a workout paused and finished the same day is one. */
  readonly sessions: number;
  readonly minutes: number;
  readonly cardioSessions: number;
  readonly strengthSessions: number;
  /** Days in a row with a workout, ending today (or yesterday, if today is still free). */
  readonly dayStreak: number;
  /** Weeks in a row with a workout, ending this week (or last week). */
  readonly weekStreak: number;
}

export function summarizeWeek(
  entries: readonly ActivityEntry[],
  nowIso: string,
  timeZone: string,
): WeekSummary {
  const today = localDate(nowIso, timeZone);
  const monday = weekStart(today);
  const dated = entries.map((entry) => ({ entry, day: localDate(entry.endedAt, timeZone) }));
  const thisWeek = dated.filter(({ day }) => day >= monday && day <= today);
  const sessions = new Map<string, string>();
  for (const { entry, day } of thisWeek) sessions.set(`${day}|${entry.workoutId}`, entry.workoutId);
  const kindsOf = (id: string) => findWorkout(id)?.kinds ?? [];
  const ids = [...sessions.values()];
  const days = new Set(dated.map(({ day }) => day));
  const weeks = new Set(dated.map(({ day }) => weekStart(day)));
  return {
    today,
    sessions: ids.length,
    minutes: Math.round(thisWeek.reduce((sum, { entry }) => sum + entry.minutes, 0)),
    cardioSessions: ids.filter((id) => kindsOf(id).includes("cardio")).length,
    strengthSessions: ids.filter((id) => kindsOf(id).includes("strength")).length,
    dayStreak: streak(days, days.has(today) ? today : addDays(today, -1), -1),
    weekStreak: streak(weeks, weeks.has(monday) ? monday : addDays(monday, -7), -7),
  };
}

function streak(present: ReadonlySet<LocalDate>, from: LocalDate, step: number): number {
  let count = 0;
  for (let at = from; present.has(at); at = addDays(at, step)) count++;
  return count;
}
