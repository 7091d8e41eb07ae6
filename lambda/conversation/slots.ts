import type { HandlerInput } from "ask-sdk-core";
import type { IntentRequest, Slot } from "ask-sdk-model";
import {
  EQUIPMENT,
  type Equipment,
  isTipTopic,
  LEVELS,
  type Level,
  type TipTopic,
  WORKOUT_KINDS,
  type WorkoutKind,
  type WorkoutRequest,
} from "../coach";

/**
 * Slot values become domain types here and nowhere else. Custom slot values are trusted only
 * through entity resolution (the model's ids), so "banana" for a workout kind is simply absent.
 */
function slotsOf(h: HandlerInput): Readonly<Record<string, Slot>> {
  const request = h.requestEnvelope.request;
  if (request.type !== "IntentRequest") return {};
  return (request as IntentRequest).intent.slots ?? {};
}

/** The resolved id of a custom slot, when Alexa matched it to one of the model's values. */
export function resolvedId(h: HandlerInput, name: string): string | undefined {
  const slot = slotsOf(h)[name];
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code === "ER_SUCCESS_MATCH") return authority.values[0]?.value.id;
  }
  return undefined;
}

export function slotText(h: HandlerInput, name: string): string | undefined {
  const value = slotsOf(h)[name]?.value?.trim();
  return value ? value : undefined;
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

export function parseWorkoutRequest(h: HandlerInput): WorkoutRequest {
  const kind: WorkoutKind | undefined = oneOf(WORKOUT_KINDS, resolvedId(h, "workoutKind"));
  const equipment: Equipment | undefined = oneOf(EQUIPMENT, resolvedId(h, "equipment"));
  const level: Level | undefined = oneOf(LEVELS, resolvedId(h, "level"));
  const minutes = parseMinutes(slotText(h, "duration"), slotText(h, "minutes"));
  return {
    ...(kind ? { kind } : {}),
    ...(equipment ? { equipment } : {}),
    ...(level ? { level } : {}),
    ...(minutes ? { minutes } : {}),
  };
}

export function parseTipTopic(h: HandlerInput): TipTopic | undefined {
  const id = resolvedId(h, "tipTopic");
  return id && isTipTopic(id) ? id : undefined;
}
