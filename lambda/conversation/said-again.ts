import {
  announcedMinutes,
  chooseWorkout,
  completeProfile,
  DEFAULT_WORKOUT_ID,
  getWorkout,
  type Speech,
  speakNoSpotReduction,
  speakProtein,
  speakWater,
} from "../coach";
import { type Voice, voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { resumeOffer } from "./lines";
import { help, offerNext, sayTip, startHint } from "./moves";
import { answerGoal } from "./profile-dialog";
import { ask, type Part, type Reply, remembered } from "./reply";
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
  const reply = unfinished
    ? ask(
        [...greeting, resumeOffer(v, unfinished)].join(" "),
        v.say("skill.resumeReprompt"),
        "resume",
      )
    : ask([...greeting, startOffer(v, state)].join(" "), startOfferReprompt(v, state), "start");
  return remembered(reply, { kind: "launch" });
}

/**
 * What "yes" to the start offer starts: the signature workout, unless what the user has
 * calls for another (moves.ts beginWorkout picks the same from a bare request).
 */
function offered(state: SessionState): string | undefined {
  const kit = state.user.equipment;
  // No length asked: the pick does not depend on lengths.
  const id = chooseWorkout(kit ? { kit } : {}).workout.id;
  return id === DEFAULT_WORKOUT_ID ? undefined : id;
}

/** "Shall we start the back fat blaster, about sixteen minutes?", at the user's pace. */
export function startOffer(v: Voice, state: SessionState): string {
  const id = offered(state);
  const minutes = announcedMinutes(v, getWorkout(id ?? DEFAULT_WORKOUT_ID), paceOf(state.user));
  const length = v.duration(minutes * 60);
  return id
    ? v.say("choose.offerFor", { title: v.workout(id).title, length })
    : v.say("skill.offerDefault", { length });
}

export function startOfferReprompt(v: Voice, state: SessionState): string {
  const id = offered(state);
  return id
    ? v.say("choose.offerForReprompt", { title: v.workout(id).title })
    : v.say("skill.offerDefaultReprompt");
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
  return remembered(offerNext(turn, state, answer), { kind });
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
