import { beginWorkout } from "../conversation/moves";
import { ask, remembered } from "../conversation/reply";
import { parseWorkoutRequest } from "../conversation/slots";
import { skillWords } from "../i18n/words";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

export const startWorkoutHandler: Handler = {
  intents: ["StartWorkoutIntent"],
  handle: (turn) => beginWorkout(turn, turn.state, parseWorkoutRequest(turn)),
};

/** "What workouts do you have?" */
export function workoutList(turn: Turn) {
  const L = skillWords(turn.locale);
  return remembered(ask(L.whichWorkout, L.whichWorkoutReprompt), { kind: "workouts" });
}

export const listWorkouts: Handler = {
  intents: ["ListWorkoutsIntent"],
  handle: (turn) => ({ state: turn.state, reply: workoutList(turn) }),
};
