import exerciseWords from "../../content/en-US/exercises.words.json" with { type: "json" };
import workoutWords from "../../content/en-US/workouts.words.json" with { type: "json" };
import type { ExerciseWords, WorkoutWords } from "./types";

/**
 * The catalog's words (en-US), kept apart from its facts: the words are what a new locale
 * translates, while reps, holds and intervals stay the same. They ship as JSON beside the
 * Lambda bundle rather than inside it (infra/lambda-bundling.ts).
 */
export const EXERCISE_WORDS: Readonly<Record<string, ExerciseWords>> = exerciseWords;
export const WORKOUT_WORDS: Readonly<Record<string, WorkoutWords>> = workoutWords;

/** The words for one catalog id; a missing entry is a content bug, so it fails at load. */
export function wordsFor<T>(table: Readonly<Record<string, T>>, id: string, file: string): T {
  const words = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!words) throw new Error(`lambda/content/en-US/${file} has no entry for "${id}"`);
  return words;
}
