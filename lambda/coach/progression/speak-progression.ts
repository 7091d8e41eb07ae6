import type { Voice } from "../../i18n/voice";
import { getExercise, getWorkout } from "../catalog";
import type { Workout } from "../catalog/types";
import { capitalize } from "../speech/text";
import { type LoadKind, ladderOf } from "./ladders";
import type { RatingResult } from "./rate-run";
import type { Change } from "./types";

/** "slightly heavier dumbbells", "one plate less on the stack": a load step in the move's kit. */
function loadWords(v: Voice, load: LoadKind, change: "heavier" | "lighter"): string {
  return v.say(`progression.load.${load}.${change}`);
}

/**
 * What changed for a block since last time, said before its introduction: "Rows felt easy last
 * time, so today it's fourteen." Undefined when nothing is news for it in this run.
 */
export function changeLine(v: Voice, workout: Workout, blockIndex: number): string | undefined {
  const tuned = workout.tuning?.blocks.find((b) => b.block === blockIndex);
  const said = tuned?.said;
  if (!tuned || !said) return undefined;
  const catalogId = getWorkout(workout.id).blocks[blockIndex]?.exerciseId ?? tuned.exerciseId;
  const exercise = capitalize(v.exercise(catalogId).name);
  const count = getExercise(tuned.exerciseId).oneSided
    ? v.say("describe.onEachSide", { count: v.number(tuned.reps) })
    : v.number(tuned.reps);
  const load = ladderOf(catalogId).load;
  const values = {
    exercise,
    count,
    variant: v.exercise(tuned.exerciseId).name,
    load: load && (said === "heavier" || said === "lighter") ? loadWords(v, load, said) : "",
  };
  return v.say(`progression.news.${said}`, values);
}

/** "Noted: a couple more reps next time." What one rating did, in a sentence or two. */
export function ratingAcknowledgement(v: Voice, result: RatingResult): string {
  if (result.level)
    return v.say(result.level === "up" ? "progression.ack.levelUp" : "progression.ack.levelDown");
  const changed = result.outcomes.filter((o) => o.outcome.kind === "changed");
  const only = result.outcomes.length === 1 ? result.outcomes[0] : undefined;
  if (!only)
    return changed.length === 0
      ? v.say("progression.ack.noneChanged")
      : v.say("progression.ack.several", { moves: v.count("move", changed.length) });
  const { exerciseId, outcome } = only;
  if (outcome.kind !== "changed") return v.say(`progression.ack.${outcome.kind}`);
  return v.say(`progression.ack.${outcome.change}`, ackValues(v, exerciseId, outcome.change));
}

function ackValues(v: Voice, exerciseId: string, change: Change): Record<string, string> {
  const load = ladderOf(exerciseId).load;
  return {
    exercise: v.exercise(exerciseId).name,
    load: load && (change === "heavier" || change === "lighter") ? loadWords(v, load, change) : "",
  };
}

/** Said as a pull-up workout starts at a new level. */
export function levelLine(v: Voice, news: "up" | "down"): string {
  return v.say(news === "up" ? "progression.levelNews.up" : "progression.levelNews.down");
}
