import { completeProfile } from "../coach/nutrition/profile-input";
import { speakNoSpotReduction, speakProtein, speakWater } from "../coach/nutrition/speak-nutrition";
import type { Speech } from "../coach/speech/ssml-builder";
import { voice } from "../i18n/voice";
import { launchScreen, restDayScreen } from "../screens/card-screens";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { resumeOffer } from "./lines";
import { help, offerNext, sayTip, startHint } from "./moves";
import { answerGoal } from "./profile-dialog";
import { ask, type Part, type Reply, remembered, showing } from "./reply";
import { offeredWorkoutId, startOffer, startOfferReprompt } from "./start-offer";
import { pickReply } from "./todays-plan";
import { unfinishedWorkout } from "./workout-turns";

/**
 * Answers that "repeat" can say again: each is rendered from the state, both the first time
 * and on "repeat", so speech is never stored and replayed.
 */

/** The welcome (the health note the first time) and the offer. */
export function launchReply(turn: Turn, state: SessionState, note: readonly Part[]): Reply {
  const v = voice(turn.locale);
  const greeting = note.length > 0 ? note : [v.say("skill.welcomeBack")];
  const unfinished = unfinishedWorkout(state);
  // A returning user's launch carries today's pick, decided as it began (handlers/launch.ts).
  const planned = unfinished ? undefined : state.todaysPick;
  const reply = unfinished
    ? ask(
        [...greeting, resumeOffer(v, unfinished)].join(" "),
        v.say("skill.resumeReprompt"),
        "resume",
      )
    : planned
      ? pickReply(turn, state, planned, ...greeting)
      : ask([...greeting, startOffer(v, state)].join(" "), startOfferReprompt(v, state), "start");
  const pickedId = planned && "workoutId" in planned.pick ? planned.pick.workoutId : undefined;
  const screen =
    planned && "rest" in planned.pick
      ? restDayScreen(v)
      : launchScreen(v, unfinished?.workoutId ?? pickedId ?? offeredWorkoutId(state), !!unfinished);
  return showing(remembered(reply, { kind: "launch" }), screen);
}

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
export function sayAgain(turn: Turn, state: SessionState): Reply {
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
