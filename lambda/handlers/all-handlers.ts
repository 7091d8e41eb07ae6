/**
 * Every handler, and the router over them. Loaded by the first request that the handlers loaded
 * with the skill do not answer (handlers/index.ts): a cold start's launch compiles none of it.
 */
import { noWorkout } from "../conversation/moves";
import { SILENT } from "../conversation/reply";
import { unfinishedWorkout } from "../conversation/unfinished-workout";

import { type Turn, USER_EVENT } from "../turn/turn";
import { protein, spotReduction, water } from "./answers";
import { deleteData, skillDisabled } from "./delete-data";
import { dietTip } from "./diet-tip";
import { backToTheConversation, canFulfill, events, exceptionEncountered } from "./events";
import { fallback } from "./fallback";
import type { Handler } from "./handler";
import { handsFreeOff, handsFreeOn } from "./hands-free";
import { helpHandler } from "./help";
import { launch } from "./launch";
import { pace } from "./pace";
import { pain } from "./pain";
import { pause, resumeHandler, stop } from "./pause-resume";
import { calorieTarget, profileRead, storedData, updateProfile, weightLossTime } from "./profile";
import { lastWorkout, weeklyProgress } from "./progress";
import { feedbackTiming, rateHandler, resetProgressHandler } from "./progression";
import {
  cancelReminders,
  connectionsResponse,
  listReminders,
  setReminderHandler,
} from "./reminders";
import { sessionEnded } from "./session-ended";
import { listWorkouts, startWorkoutHandler } from "./start-workout";
import { todaysPlan } from "./todays-plan";
import { howTo, timeLeftHandler, whatsNextHandler } from "./workout-info";
import { next, previous, repeat, skip, startOverHandler } from "./workout-navigation";
import { no, yes } from "./yes-no";

/** Every handler that answers the user. Order does not matter: each intent has exactly one. */
const CONVERSATION: readonly Handler[] = [
  launch,
  startWorkoutHandler,
  listWorkouts,
  next,
  previous,
  repeat,
  startOverHandler,
  skip,
  pause,
  resumeHandler,
  whatsNextHandler,
  timeLeftHandler,
  howTo,
  pace,
  rateHandler,
  feedbackTiming,
  handsFreeOn,
  handsFreeOff,
  resetProgressHandler,
  dietTip,
  calorieTarget,
  weightLossTime,
  updateProfile,
  profileRead,
  storedData,
  protein,
  water,
  spotReduction,
  weeklyProgress,
  todaysPlan,
  lastWorkout,
  deleteData,
  setReminderHandler,
  listReminders,
  cancelReminders,
  yes,
  no,
  helpHandler,
  stop,
  pain,
  fallback,
  sessionEnded,
  skillDisabled,
  events,
  exceptionEncountered,
  backToTheConversation,
  connectionsResponse,
];

/** The intents Back Coach handles, from the handlers' own declarations (the model test's list). */
export const HANDLED_INTENTS: readonly string[] = CONVERSATION.flatMap((h) => h.intents ?? []);

const HANDLERS: readonly Handler[] = [...CONVERSATION, canFulfill(new Set(HANDLED_INTENTS))];

/** Answers "no workout" for handlers that need one, when there is none. */
const NO_WORKOUT: Handler = { handle: (turn) => ({ state: turn.state, reply: noWorkout(turn) }) };
/** A request outside a session that nothing declares: answered with nothing. */
const SILENCE: Handler = { handle: (turn) => ({ state: turn.state, reply: SILENT }) };

/**
 * Picks the handler for a turn from the declarations: the intent's handler (a screen's button
 * is its intent's), else the request
 * type's, else its family's ("AlexaSkillEvent.*"); anything else in a session is the fallback,
 * out of one, silence. Two handlers claiming one intent or type is a bug, refused when the
 * handlers load.
 */
export class Router {
  private readonly byIntent = new Map<string, Handler>();
  private readonly byType = new Map<string, Handler>();
  private readonly byFamily = new Map<string, Handler>();

  constructor(handlers: readonly Handler[] = HANDLERS) {
    for (const handler of handlers) {
      for (const intent of handler.intents ?? []) claim(this.byIntent, intent, handler);
      for (const type of handler.requests ?? []) {
        if (type.endsWith(".*")) claim(this.byFamily, type.slice(0, -1), handler);
        else claim(this.byType, type, handler);
      }
    }
  }

  route(turn: Turn): Handler {
    const handler = this.declared(turn);
    if (!handler) return turn.inSession ? fallback : SILENCE;
    if (handler.needs === "workout" && !unfinishedWorkout(turn.state)) return NO_WORKOUT;
    return handler;
  }

  private declared(turn: Turn): Handler | undefined {
    // A touch on a screen is answered as the word it stands for; one naming no button, by the
    // fallback (in a session) or silence, as any request nothing declares.
    if (turn.requestType === "IntentRequest" || turn.requestType === USER_EVENT)
      return turn.intentName ? this.byIntent.get(turn.intentName) : undefined;
    const exact = this.byType.get(turn.requestType);
    if (exact) return exact;
    const dot = turn.requestType.indexOf(".");
    return dot > 0 ? this.byFamily.get(turn.requestType.slice(0, dot + 1)) : undefined;
  }
}

function claim(map: Map<string, Handler>, key: string, handler: Handler): void {
  if (map.has(key)) throw new Error(`Two handlers claim ${key}`);
  map.set(key, handler);
}

/** The skill's router over every handler (handlers/index.ts loads it when first needed). */
export const EVERY_HANDLER = new Router();
