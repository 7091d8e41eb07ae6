import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { carryOn } from "./carry-on";
import { ask, type Outcome } from "./reply";

/**
 * "Reset my progress": every move back to the workout's own reps and forms, the pull-up level
 * back to the start, after a yes. A workout under way keeps the numbers it started with; the
 * next one starts fresh. When to ask how it went is a setting, not progress: it stays.
 */
export function askToReset(turn: Turn, state: SessionState): Outcome {
  const v = voice(turn.locale);
  if (!state.user.progression)
    return { state, reply: carryOn(turn, state, v.say("progression.reset.nothing")) };
  return {
    state,
    reply: ask(
      v.say("progression.reset.confirm"),
      v.say("progression.reset.reprompt"),
      "resetProgress",
    ),
  };
}

export function resetProgress(turn: Turn, state: SessionState): Outcome {
  const { progression: _reset, ...user } = state.user;
  const next: SessionState = { ...state, user };
  return {
    state: next,
    reply: carryOn(turn, next, voice(turn.locale).say("progression.reset.done")),
  };
}

export function keepProgress(turn: Turn, state: SessionState): Outcome {
  return { state, reply: carryOn(turn, state, voice(turn.locale).say("progression.reset.kept")) };
}
