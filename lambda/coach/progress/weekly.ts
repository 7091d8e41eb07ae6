import { findWorkout } from "../catalog";
import { addDays, type LocalDate, localDate, weekStart } from "./calendar";

/** One stretch of training, as the skill logs it (a workout, or the part done in a session). */
export interface ActivityEntry {
  readonly workoutId: string;
  /** ISO time it ended. */
  readonly endedAt: string;
  readonly minutes: number;
  readonly completed: boolean;
  readonly moves: number;
  readonly totalMoves: number;
  /** Minutes of cardio heard; absent in entries logged before it was recorded. */
  readonly cardioMinutes?: number;
  /** Strength moves with every set heard; absent in entries logged before it was recorded. */
  readonly strengthMoves?: number;
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

/**
 * How much of a workout makes it a session toward each weekly target; anything less still
 * counts toward the weekly minutes.
 * - Cardio: ten minutes of it. The guides' shortest complete cardio sessions are the
 *   fifteen-minute blaster (guide 002: five two-minute cardio rounds between strength moves)
 *   and interval training of fifteen to twenty minutes (guides 000, 001), each with ten
 *   minutes or more of cardio; their thirty minutes is "for best results", and the weekly
 *   minutes carry that target. Three minutes of jumping jacks is a taste, not a session.
 * - Back strength: two moves with every set done. Guide 001 prescribes three sets of its
 *   moves, "or just pick two or three of your favorites and focus on them".
 */
export const SESSION_COUNTS = { cardioMinutes: 10, strengthMoves: 2 } as const;

export interface WeekSummary {
  readonly today: LocalDate;
  /**
   * Sessions this week (Monday to today) that count toward a target: a workout paused and
   * picked up again the same day is one, its parts added up.
   */
  readonly sessions: number;
  readonly minutes: number;
  readonly cardioSessions: number;
  readonly strengthSessions: number;
  /** Days in a row with a workout, ending today (or yesterday, if today is still free). */
  readonly dayStreak: number;
  /** Weeks in a row with a workout, ending this week (or last week). */
  readonly weekStreak: number;
  /** Minutes heard on each day of this week, Monday first (days still to come are 0). */
  readonly dayMinutes: readonly number[];
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
  const sessions = sessionsOf(dated);
  const counted = [...sessions.values()].filter((s) => s.cardio || s.strength);
  const countedThisWeek = counted.filter(({ day }) => day >= monday && day <= today);
  const days = new Set(counted.map(({ day }) => day));
  const weeks = new Set(counted.map(({ day }) => weekStart(day)));
  return {
    today,
    sessions: countedThisWeek.length,
    minutes: Math.round(thisWeek.reduce((sum, { entry }) => sum + entry.minutes, 0)),
    cardioSessions: countedThisWeek.filter((s) => s.cardio).length,
    strengthSessions: countedThisWeek.filter((s) => s.strength).length,
    dayStreak: streak(days, days.has(today) ? today : addDays(today, -1), -1),
    weekStreak: streak(weeks, weeks.has(monday) ? monday : addDays(monday, -7), -7),
    dayMinutes: Array.from({ length: 7 }, (_, i) =>
      Math.round(
        thisWeek
          .filter(({ day }) => day === addDays(monday, i))
          .reduce((sum, { entry }) => sum + entry.minutes, 0),
      ),
    ),
  };
}

/** One workout on one day, its parts added up (today's plan reads these too: coach/plan). */
export interface Session {
  readonly day: LocalDate;
  readonly workoutId: string;
  /** Minutes heard, all parts added up. */
  readonly minutes: number;
  /** The last part's end, ISO. */
  readonly endedAt: string;
  readonly completed: boolean;
  readonly cardio: boolean;
  readonly strength: boolean;
}

/** One session per workout and day, its parts added up, judged against SESSION_COUNTS. */
export function sessionsOf(
  dated: readonly { entry: ActivityEntry; day: LocalDate }[],
): Map<string, Session> {
  const parts = new Map<string, { day: LocalDate; entries: ActivityEntry[] }>();
  for (const { entry, day } of dated) {
    const key = `${day}|${entry.workoutId}`;
    const session = parts.get(key) ?? { day, entries: [] };
    session.entries.push(entry);
    parts.set(key, session);
  }
  const sessions = new Map<string, Session>();
  for (const [key, { day, entries }] of parts) {
    const workoutId = entries[0]?.workoutId ?? "";
    const kinds = findWorkout(workoutId)?.kinds ?? [];
    const measured = entries.every(
      (e) => e.cardioMinutes !== undefined && e.strengthMoves !== undefined,
    );
    // Entries logged before the breakdown was recorded count as before, when finished.
    const legacy = !measured && entries.some((e) => e.completed);
    const cardioMinutes = entries.reduce((sum, e) => sum + (e.cardioMinutes ?? 0), 0);
    const strengthMoves = entries.reduce((sum, e) => sum + (e.strengthMoves ?? 0), 0);
    sessions.set(key, {
      day,
      workoutId,
      minutes: entries.reduce((sum, e) => sum + e.minutes, 0),
      endedAt: entries.reduce((last, e) => (e.endedAt > last ? e.endedAt : last), ""),
      completed: entries.some((e) => e.completed),
      cardio: cardioMinutes >= SESSION_COUNTS.cardioMinutes || (legacy && kinds.includes("cardio")),
      strength:
        strengthMoves >= SESSION_COUNTS.strengthMoves || (legacy && kinds.includes("strength")),
    });
  }
  return sessions;
}

function streak(present: ReadonlySet<LocalDate>, from: LocalDate, step: number): number {
  let count = 0;
  for (let at = from; present.has(at); at = addDays(at, step)) count++;
  return count;
}
