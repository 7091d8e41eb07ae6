import type { HandsFree } from "../coach/hands-free";
import { estimateSpeechSeconds } from "../coach/speech/speech-rate";
import { handsFreeOf, type UserRecord } from "../store/user-record";
import type { Part } from "./reply";

/** The seconds of speech before the workout's own in an answer ("Picking up where you left off."). */
export function leadSeconds(before: readonly Part[]): number {
  return before.reduce(
    (sum, part) =>
      sum + (typeof part === "string" ? estimateSpeechSeconds(part) : part.estimatedSeconds),
    0,
  );
}

/**
 * How a workout answer runs for this user: hands-free (to the next natural rest, inside what
 * `lead` leaves of the answer), or undefined: one segment and its question.
 */
export function handsFreeRun(user: UserRecord, ...lead: Part[]): HandsFree | undefined {
  return handsFreeOf(user) ? { leadSeconds: leadSeconds(lead) } : undefined;
}
