import { changePace, type PaceChange } from "../coach/pace";
import { carryOn } from "../conversation/carry-on";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import { voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Handler } from "./handler";

/**
 * "Slower", "too fast", "speed up": the pace reps are counted at, one step at a time within
 * the coach's bounds, remembered for the user. Nothing else moves: in a workout the position
 * stays, and the question the last segment ended with is asked again, so "ready" goes on exactly
 * where it would have; the next sets count at the new pace.
 */
export const pace: Handler = {
  intents: ["SlowerIntent", "FasterIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const change: PaceChange = turn.intentName === "FasterIntent" ? "faster" : "slower";
    const next = changePace(paceOf(turn.state.user), change);
    const inWorkout = unfinishedWorkout(turn.state) !== undefined;
    if (next === undefined) {
      const bound = v.say(change === "slower" ? "skill.pace.slowest" : "skill.pace.fastest");
      return { state: turn.state, reply: carryOn(turn, turn.state, bound) };
    }
    const state: SessionState = { ...turn.state, user: { ...turn.state.user, pace: next } };
    const said = inWorkout
      ? v.say(change === "slower" ? "skill.pace.slower" : "skill.pace.faster")
      : v.say(
          change === "slower" ? "skill.pace.slowerNextWorkout" : "skill.pace.fasterNextWorkout",
        );
    return { state, reply: carryOn(turn, state, said) };
  },
};
