import { latestFirst } from "../../canonical-time";
import { findWorkout } from "../catalog";
import { type Kit, kitEquipment } from "../catalog/kit";
import { type Equipment, LEVELS, type Level } from "../catalog/types";
import { addDays, daysBetween, localDate, weekStart } from "../progress/calendar";
import { type ActivityEntry, type Session, sessionsOf, summarizeWeek } from "../progress/weekly";
import { type MuscleGroup, trainingLoad } from "./training-load";

/** The week so far, in the figures the weekly targets are set in (progress/weekly.ts). */
export interface WeekSoFar {
  readonly cardio: number;
  readonly strength: number;
  readonly minutes: number;
  /** Days this week with a HIIT session that counted as cardio. */
  readonly hiitDays: number;
}

/** What a day's training asked of the body: what decides what may follow it. */
export interface DayLoad {
  readonly interval: boolean;
  readonly muscles: readonly MuscleGroup[];
}

/** Everything today's pick is decided from: plain values, derived from the log by planInputOf. */
export interface PlanInput {
  readonly week: WeekSoFar;
  /** The day before today, which may be last week's Sunday; absent when it had no session. */
  readonly yesterday?: DayLoad;
  /** A session that counts was already done today. */
  readonly doneToday: boolean;
  /** Nothing in the log at all. */
  readonly newUser: boolean;
  /** What the user can use; undefined is anything (nothing known). */
  readonly available?: readonly Equipment[];
  /** The kit they told us about, whose workouts are preferred. */
  readonly kit?: Kit;
  /** The hardest level they have finished lately; undefined when none. */
  readonly level?: Level;
  /** How long their recent sessions ran, in minutes; undefined when none. */
  readonly usualMinutes?: number;
  /** The workout of their latest session, so the plan does not hand them the same again. */
  readonly lastWorkoutId?: string;
}

/** How far back level, usual length and kit are read from: the last four weeks. */
export const RECENT_DAYS = 28;
/** The usual length is the middle of the latest few sessions, so one odd day does not move it. */
const USUAL_OF_LATEST = 5;

/**
 * The plan's input from the workout log (newest first or not: order does not matter), the
 * request's time, the user's zone and the kit they told us about. Only sessions that count
 * toward a target (SESSION_COUNTS) make a day hard or set the level and usual length: three
 * minutes of intervals are a taste, not a hard day.
 */
export function planInputOf(
  entries: readonly ActivityEntry[],
  nowIso: string,
  timeZone: string,
  kit?: Kit,
): PlanInput {
  const summary = summarizeWeek(entries, nowIso, timeZone);
  const today = summary.today;
  const sessions = [
    ...sessionsOf(
      entries.map((entry) => ({ entry, day: localDate(entry.endedAt, timeZone) })),
    ).values(),
  ].filter((s) => (s.cardio || s.strength) && s.day <= today && findWorkout(s.workoutId));
  const recent = sessions
    .filter((s) => daysBetween(s.day, today) < RECENT_DAYS)
    .sort((a, b) => latestFirst(a.endedAt, b.endedAt));
  const thisWeek = sessions.filter((s) => s.day >= weekStart(today));
  const hiitDays = new Set(
    thisWeek
      .filter((s) => s.cardio && findWorkout(s.workoutId)?.kinds.includes("hiit"))
      .map((s) => s.day),
  ).size;
  const yesterday = loadOf(sessions.filter((s) => s.day === addDays(today, -1)));
  const level = highestLevel(recent.filter((s) => s.completed));
  const usualMinutes = middle(recent.slice(0, USUAL_OF_LATEST).map((s) => s.minutes));
  const available = kit ? kitEquipment(kit) : usedEquipment(recent);
  const [latest] = recent;
  return {
    week: {
      cardio: summary.cardioSessions,
      strength: summary.strengthSessions,
      minutes: summary.minutes,
      hiitDays,
    },
    ...(yesterday ? { yesterday } : {}),
    doneToday: sessions.some((s) => s.day === today),
    newUser: entries.length === 0,
    ...(available ? { available } : {}),
    ...(kit ? { kit } : {}),
    ...(level ? { level } : {}),
    ...(usualMinutes !== undefined ? { usualMinutes } : {}),
    ...(latest ? { lastWorkoutId: latest.workoutId } : {}),
  };
}

/** A day's load: interval work if a cardio session of it was, muscles of its strength sessions. */
function loadOf(day: readonly Session[]): DayLoad | undefined {
  if (day.length === 0) return undefined;
  const muscles = new Set<MuscleGroup>();
  let interval = false;
  for (const session of day) {
    const workout = findWorkout(session.workoutId);
    if (!workout) continue;
    const load = trainingLoad(workout);
    if (session.cardio && load.interval) interval = true;
    if (session.strength) for (const group of load.muscles) muscles.add(group);
  }
  return { interval, muscles: [...muscles] };
}

function highestLevel(sessions: readonly Session[]): Level | undefined {
  const levels = sessions.flatMap((s) => {
    const workout = findWorkout(s.workoutId);
    return workout ? [LEVELS.indexOf(workout.level)] : [];
  });
  return levels.length > 0 ? LEVELS[Math.max(...levels)] : undefined;
}

/** The median, rounded; undefined for none. */
function middle(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[half] ?? 0)
      : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
  return Math.round(median);
}

/**
 * With no kit told, what the user has used lately says what they have (a dumbbell workout
 * done means dumbbells at hand), and the floor is always there; with no history, anything.
 */
function usedEquipment(recent: readonly Session[]): readonly Equipment[] | undefined {
  if (recent.length === 0) return undefined;
  const used = new Set<Equipment>(["none"]);
  for (const session of recent)
    for (const item of findWorkout(session.workoutId)?.equipment ?? []) used.add(item);
  return [...used];
}
