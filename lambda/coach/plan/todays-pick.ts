import { bestRanked } from "../catalog/best-ranked";
import { DEFAULT_WORKOUT_ID, type LengthOf, statedMinutes } from "../catalog/choose-workout";
import { LEVELS, type Workout } from "../catalog/types";
import { WORKOUTS } from "../catalog/workouts";
import { WEEKLY_TARGETS } from "../progress/weekly";
import type { PlanInput } from "./plan-input";
import { sharesMuscles, trainingLoad } from "./training-load";

/**
 * Why today's pick is what it is; each has its sentence in the words (plan.reason.*).
 * - firstWorkout: nothing logged yet: the signature workout, or what fits the kit.
 * - newWeek: nothing yet this week, so a workout that serves both targets if one fits.
 * - both / cardio / strength: the target furthest behind (both, when one workout serves both).
 * - cardioNotSameMuscles: strength was due, but yesterday loaded those muscles: cardio today.
 * - strengthNoIntervals: cardio was due, but yesterday was interval work: strength today.
 * - minutes: both session targets met, the weekly minutes not yet: more cardio.
 * Rest, with a walk as the light thing to do instead:
 * - weekDone: every weekly target met.
 * - afterHard: yesterday was hard and everything still due would be hard again today.
 * - doneToday: a session already counted today.
 */
export const PICK_REASONS = [
  "firstWorkout",
  "newWeek",
  "both",
  "cardio",
  "strength",
  "cardioNotSameMuscles",
  "strengthNoIntervals",
  "minutes",
  "weekDone",
  "afterHard",
  "doneToday",
] as const;
export type PickReason = (typeof PICK_REASONS)[number];
export type RestReason = Extract<PickReason, "weekDone" | "afterHard" | "doneToday">;

export type TodaysPick =
  | { readonly workoutId: string; readonly reason: Exclude<PickReason, RestReason> }
  | { readonly rest: true; readonly reason: RestReason };

/** HIIT on about two days a week (guide 002: "mix in two days of interval training"). */
export const HIIT_DAYS_A_WEEK = 2;

type Need = "cardio" | "strength";

/**
 * Today's workout, or rest, from the week so far. The rules and where they come from:
 * - The week's targets (progress/weekly.ts): cardio three or four times, thirty minutes or
 *   more (guides 000, 001); 150 minutes in all (002, after the CDC); back strength two or three
 *   times (001). Rest once every minimum is met: the guides ask no more, and a walk (000, 003)
 *   keeps the user moving.
 * - What is furthest behind comes first: cardio when its sessions still to do are as many as
 *   strength's or more (it is the fat-burning half of every guide's method), else strength; a
 *   workout that serves both (the blaster, rowing) when both are due.
 * - Never a hard day after a hard day: no interval work the day after interval work (HIIT's
 *   hard bursts need the easy day the guides put between their intervals, 000, 001, 002), and
 *   no strength for muscles that yesterday's strength loaded (001: its three sets two or three
 *   times a week leave a day between). If what is due is blocked, the other target; if both
 *   are, rest.
 * - HIIT on at most two days a week (002).
 * - One session a day: once today counts, rest.
 * - Among the workouts that do today's job: the user's kit (their told kit, else what they
 *   have used lately), no advanced work for someone who has not finished an advanced workout
 *   lately (as chooseWorkout: advanced is for those who say so), their level first, not the
 *   same workout as last time, the length closest to their usual, the kit's own workouts,
 *   then the signature workout.
 */
export function todaysPick(input: PlanInput, lengthOf: LengthOf = statedMinutes): TodaysPick {
  const { week } = input;
  if (input.doneToday) return { rest: true, reason: "doneToday" };
  const cardioDue = Math.max(0, WEEKLY_TARGETS.cardioSessions.min - week.cardio);
  const strengthDue = Math.max(0, WEEKLY_TARGETS.strengthSessions.min - week.strength);
  const minutesDue = week.minutes < WEEKLY_TARGETS.minutes;
  if (cardioDue === 0 && strengthDue === 0 && !minutesDue)
    return { rest: true, reason: "weekDone" };

  const allowed = WORKOUTS.filter((w) => suits(w, input) && !hardAgain(w, input));
  const serving = (need: Need) => allowed.filter((w) => w.kinds.includes(need));
  const pick = (pool: readonly Workout[]) => best(pool, input, lengthOf);

  if (cardioDue === 0 && strengthDue === 0) {
    const cardio = serving("cardio");
    return cardio.length > 0
      ? { workoutId: pick(cardio).id, reason: "minutes" }
      : { rest: true, reason: "afterHard" };
  }
  const fresh = week.cardio === 0 && week.strength === 0;
  if (cardioDue > 0 && strengthDue > 0) {
    const both = serving("cardio").filter((w) => w.kinds.includes("strength"));
    if (both.length > 0)
      return {
        workoutId: pick(both).id,
        reason: input.newUser ? "firstWorkout" : fresh ? "newWeek" : "both",
      };
  }
  const first: Need = cardioDue >= strengthDue ? "cardio" : "strength";
  const firstPool = serving(first);
  if (firstPool.length > 0) {
    const reason = input.newUser ? "firstWorkout" : fresh ? "newWeek" : first;
    return { workoutId: pick(firstPool).id, reason };
  }
  // What is due is blocked by yesterday: the other target, up to the guides' upper figure.
  const second: Need = first === "cardio" ? "strength" : "cardio";
  const secondPool = serving(second);
  const room =
    second === "cardio"
      ? week.cardio < WEEKLY_TARGETS.cardioSessions.max
      : week.strength < WEEKLY_TARGETS.strengthSessions.max;
  if (room && secondPool.length > 0)
    return {
      workoutId: pick(secondPool).id,
      reason: second === "cardio" ? "cardioNotSameMuscles" : "strengthNoIntervals",
    };
  return { rest: true, reason: "afterHard" };
}

/** The user's kit and level allow it. */
function suits(workout: Workout, { available, level }: PlanInput): boolean {
  if (available && !workout.equipment.every((e) => available.includes(e))) return false;
  return workout.level !== "advanced" || level === "advanced";
}

/** Doing it today would make two hard days in a row, or a third HIIT day this week. */
function hardAgain(workout: Workout, { yesterday, week }: PlanInput): boolean {
  const load = trainingLoad(workout);
  if (load.hiit && week.hiitDays >= HIIT_DAYS_A_WEEK) return true;
  if (!yesterday) return false;
  if (load.interval && yesterday.interval) return true;
  return sharesMuscles(load.muscles, yesterday.muscles);
}

/** The best of a pool, ranked as todaysPick says; a full tie goes to the catalog's first. */
function best(pool: readonly Workout[], input: PlanInput, lengthOf: LengthOf): Workout {
  const { level, usualMinutes, lastWorkoutId, kit } = input;
  const levelOff = (w: Workout) =>
    level === undefined ? 0 : Math.abs(LEVELS.indexOf(w.level) - LEVELS.indexOf(level));
  // A told kit beyond the floor is there to be used.
  const usesKit = (w: Workout) =>
    kit !== undefined && kit !== "none" && w.equipment.some((e) => e !== "none");
  const rank = (w: Workout): readonly number[] => [
    levelOff(w),
    w.id === lastWorkoutId ? 1 : 0,
    usualMinutes === undefined ? 0 : Math.abs(lengthOf(w) - usualMinutes),
    usesKit(w) ? 0 : 1,
    w.id === DEFAULT_WORKOUT_ID ? 0 : 1,
  ];
  return bestRanked(pool, rank);
}
