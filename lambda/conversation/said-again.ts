import { completeProfile } from "../coach/nutrition/profile-input";
import { speakNoSpotReduction, speakProtein, speakWater } from "../coach/nutrition/speak-nutrition";
import type { Speech } from "../coach/speech/ssml-builder";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { launchReply } from "./launch-reply";
import { help, offerNext, sayTip, startHint } from "./moves";
import { answerGoal } from "./profile-dialog";
import { ask, type Reply, remembered } from "./reply";

/**
 * Answers that "repeat" can say again: each is rendered from the state, both the first time
 * and on "repeat", so speech is never stored and replayed.
 */

export type EverydayQuestion = "protein" | "water" | "spot-reduction";

/** Protein, water, why back fat does not go on its own: one answer each. */
export function everydayAnswer(turn: Turn, state: SessionState, kind: EverydayQuestion): Reply {
  const v = voice(turn.locale);
  const answer: Speech =
    kind === "protein"
      ? speakProtein(v, turn.units)
      : kind === "water"
        ? speakWater(v, turn.units)
        : speakNoSpotReduction(v);
  return remembered(offerNext(turn, state, "tip", answer), { kind });
}

/** "What do you store about me?" */
export function storedDataReply(turn: Turn): Reply {
  const v = voice(turn.locale);
  const reply = ask(
    `${v.say("skill.whatIStore")} ${v.say("skill.whatWouldYouLike")}`,
    v.say("skill.whatWouldYouLike"),
  );
  return remembered(reply, { kind: "stored-data" });
}

/** "What workouts do you have?" */
export function workoutList(turn: Turn): Reply {
  const v = voice(turn.locale);
  const reply = ask(v.say("skill.whichWorkout"), v.say("skill.whichWorkoutReprompt"));
  return remembered(reply, { kind: "workouts" });
}

/** The last answer again, from what the state records of it; without one, how to start. */
export async function sayAgain(turn: Turn, state: SessionState): Promise<Reply> {
  const said = state.said;
  switch (said?.kind) {
    case "tip":
      return sayTip(turn, state, said.tipId);
    case "protein":
    case "water":
    case "spot-reduction":
      return everydayAnswer(turn, state, said.kind);
    case "launch":
      return launchReply(turn, state, []);
    case "help":
      return help(turn, state);
    case "stored-data":
      return storedDataReply(turn);
    case "workouts":
      return workoutList(turn);
    case "calories":
    case "weeks": {
      const profile = completeProfile(state.user.profile ?? {});
      const goal = said.kind === "weeks" ? said : { kind: "calories" as const };
      if (profile) return answerGoal(turn, state, goal, profile);
      break;
    }
  }
  return startHint(turn);
}
