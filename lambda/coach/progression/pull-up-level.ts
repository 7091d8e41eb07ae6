import { getExercise } from "../catalog";
import type { Workout } from "../catalog/types";
import { LEVELS, type Level } from "../catalog/types";
import { WORKOUTS } from "../catalog/workouts";
import type { PullUpLevel } from "./types";

/**
 * The pull-up progression (001): lat pulldowns and negatives, then the assisted machine and
 * longer negatives, then pull-ups and chin-ups on the bar. The bar work decides the level:
 * too easy at the top of its range moves the user up one level for the next pull-up workout,
 * too hard at the bottom moves them down one. Machine moves in those workouts go heavier or
 * lighter like any other.
 */
export function isLevelWorkout(workout: Workout): boolean {
  return workout.kinds.includes("pull-ups");
}

/** Bar moves in a pull-up workout move the level rather than a variant or a weight. */
export function levelDecides(workout: Workout, exerciseId: string): boolean {
  return isLevelWorkout(workout) && getExercise(exerciseId).equipment === "pull-up-bar";
}

/** The level one step up or down from the workout's, or undefined past either end. */
export function levelAfter(workout: Workout, direction: "up" | "down"): Level | undefined {
  return LEVELS[LEVELS.indexOf(workout.level) + (direction === "up" ? 1 : -1)];
}

export function movedLevel(level: Level, direction: "up" | "down", at: string): PullUpLevel {
  return { level, at, news: direction };
}

/** The pull-up workouts are one a level: the one for this level. */
export function pullUpWorkoutAt(level: Level): Workout | undefined {
  return WORKOUTS.find((w) => isLevelWorkout(w) && w.level === level && w.kinds[0] === "pull-ups");
}
