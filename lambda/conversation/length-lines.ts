import type { LengthOf, WorkoutChoice, WorkoutRequest } from "../coach/catalog/choose-workout";
import type { Kit } from "../coach/catalog/kit";
import type { Voice } from "../i18n/voice";
import { kitPhrase } from "./kit-question";

const aboutMinutes = (v: Voice, minutes: number): string => v.duration(minutes * 60);

/**
 * What the user hears about length before the workout starts, when it is not what they asked:
 * the shortest honestly, the closest, or the longest and what will follow it. Nothing when it
 * fits or no length was asked.
 */
export function lengthLines(
  v: Voice,
  request: WorkoutRequest,
  choice: WorkoutChoice,
  kit: Kit | undefined,
  lengthOf: LengthOf,
): string[] {
  const lines: string[] = [];
  if (choice.relaxed.includes("level") && request.level !== undefined)
    lines.push(v.say("choose.noLevel", { kit: kitPhrase(v, kit) }));
  if (request.minutes === undefined || choice.length === undefined || choice.length === "fits")
    return lines;
  const values = {
    kit: kitPhrase(v, kit),
    title: v.workout(choice.workout.id).title,
    duration: aboutMinutes(v, lengthOf(choice.workout)),
    asked: aboutMinutes(v, request.minutes),
  };
  if (choice.length === "longest" && choice.after.length > 0) {
    const total = [choice.workout, ...choice.after].reduce((sum, w) => sum + lengthOf(w), 0);
    const next = choice.after
      .map((w) => v.workout(w.id).title)
      .reduce((first, title) => v.say("choose.andThen", { first, next: title }));
    lines.push(v.say("choose.longest", { ...values, next, total: aboutMinutes(v, total) }));
  } else if (choice.length === "longest") lines.push(v.say("choose.longestAlone", values));
  else lines.push(v.say(`choose.${choice.length}`, values));
  return lines;
}
