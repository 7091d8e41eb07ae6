import type { RemindersApi } from "../conversation/reminders-api";
import type { Outcome } from "../conversation/reply";
import type { TimeZoneSource } from "../conversation/time-zone";
import type { Logger } from "../logger";
import type { UserStore } from "../store/user-store";
import type { Telemetry } from "../telemetry";
import type { Turn } from "../turn/turn";

/**
 * What handlers may use beyond the turn: storage, the device's time zone, the Alexa
 * Reminders API, logs, metrics.
 */
export interface SkillContext {
  readonly store: UserStore;
  readonly timeZones: TimeZoneSource;
  readonly reminders: RemindersApi;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
}

/**
 * One conversational area's answer to a request. What it answers is data (intent names, request
 * types, the state it needs), so the router needs no order and the model test can list every
 * intent handled. A handler returns the reply and the next state; it never builds a response or
 * touches attributes.
 */
export interface Handler {
  /** Intent names, for IntentRequests. */
  readonly intents?: readonly string[];
  /** Request types: exact ("LaunchRequest") or a family ("AlexaSkillEvent.*"). */
  readonly requests?: readonly string[];
  /** "workout": only with an unfinished workout; otherwise the user hears there is none. */
  readonly needs?: "workout";
  handle(turn: Turn, context: SkillContext): Outcome | Promise<Outcome>;
}
