import { beginWorkout } from "../conversation/moves";
import { ask, remembered } from "../conversation/reply";
import { parseWorkoutRequest } from "../conversation/slots";
import { voice } from "../i18n/voice";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

export const startWorkoutHandler: Handler = {
  intents: ["StartWorkoutIntent"],
  handle: (turn) => beginWorkout(turn, turn.state, parseWorkoutRequest(turn)),
};

/** "What workouts do you have?" */
export function workoutList(turn: Turn) {
  const v = voice(turn.locale);
  return remembered(ask(v.say("skill.whichWorkout"), v.say("skill.whichWorkoutReprompt")), {
    kind: "workouts",
  });
}

export const listWorkouts: Handler = {
  intents: ["ListWorkoutsIntent"],
  handle: (turn) => ({ state: turn.state, reply: workoutList(turn) }),
};
