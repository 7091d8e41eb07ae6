import type { WorkoutRequest } from "../coach/catalog/choose-workout";
import {
  EQUIPMENT,
  type Equipment,
  LEVELS,
  type Level,
  WORKOUT_KINDS,
  type WorkoutKind,
} from "../coach/catalog/types";
import { isTipTopic, type TipTopic } from "../coach/nutrition/tips";
import type { Turn } from "../turn/turn";

/**
 * Slot values become domain types here and nowhere else. Custom slot values are trusted only
 * through entity resolution (the model's ids), so "banana" for a workout kind is simply absent.
 */

/** The resolved id of a custom slot, when Alexa matched it to one of the model's values. */
export function resolvedId(turn: Turn, name: string): string | undefined {
  return Object.hasOwn(turn.slots, name) ? turn.slots[name]?.id : undefined;
}

export function slotText(turn: Turn, name: string): string | undefined {
  return Object.hasOwn(turn.slots, name) ? turn.slots[name]?.value : undefined;
}

function oneOf<T extends string>(values: readonly T[], id: string | undefined): T | undefined {
  return values.find((value) => value === id);
}

/** "PT15M" (AMAZON.DURATION) or "15" (AMAZON.NUMBER) as whole minutes, within reason. */
export function parseMinutes(
  duration: string | undefined,
  number: string | undefined,
): number | undefined {
  if (duration) {
    const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration);
    if (match) {
      const minutes =
        Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 60;
      if (minutes >= 1 && minutes <= 120) return Math.round(minutes);
    }
  }
  const n = Number(number);
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : undefined;
}

export function parseWorkoutRequest(turn: Turn): WorkoutRequest {
  const kind: WorkoutKind | undefined = oneOf(WORKOUT_KINDS, resolvedId(turn, "workoutKind"));
  const equipment: Equipment | undefined = oneOf(EQUIPMENT, resolvedId(turn, "equipment"));
  const level: Level | undefined = oneOf(LEVELS, resolvedId(turn, "level"));
  const minutes = parseMinutes(slotText(turn, "duration"), slotText(turn, "minutes"));
  return {
    ...(kind ? { kind } : {}),
    ...(equipment ? { equipment } : {}),
    ...(level ? { level } : {}),
    ...(minutes ? { minutes } : {}),
  };
}

export function parseTipTopic(turn: Turn): TipTopic | undefined {
  const id = resolvedId(turn, "tipTopic");
  return id && isTipTopic(id) ? id : undefined;
}
