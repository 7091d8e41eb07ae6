import words from "../../content/en-US.words.json" with { type: "json" };
import type { ExerciseWords, WorkoutWords } from "./types";

/**
 * The catalog's words (en-US), kept apart from its facts: the words are what a new locale
 * translates, while reps, holds and intervals stay the same. They ship as JSON beside the
 * Lambda bundle rather than inside it (infra/lambda-bundling.ts).
 */
export const EXERCISE_WORDS: Readonly<Record<string, ExerciseWords>> = words.exercises;
export const WORKOUT_WORDS: Readonly<Record<string, WorkoutWords>> = words.workouts;

/** The words for one catalog id; a missing entry is a content bug, so it fails at load. */
export function wordsFor<T>(table: Readonly<Record<string, T>>, id: string, section: string): T {
  const found = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!found) throw new Error(`en-US.words.json has no ${section} entry for "${id}"`);
  return found;
}
