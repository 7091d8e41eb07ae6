import { beginWorkout } from "../conversation/moves";
import { workoutList } from "../conversation/said-again";
import { parseWorkoutRequest } from "../conversation/slots";
import type { Handler } from "./handler";

export const startWorkoutHandler: Handler = {
  intents: ["StartWorkoutIntent"],
  handle: (turn) => beginWorkout(turn, turn.state, parseWorkoutRequest(turn)),
};

/** "What workouts do you have?" */
export const listWorkouts: Handler = {
  intents: ["ListWorkoutsIntent"],
  handle: (turn) => ({ state: turn.state, reply: workoutList(turn) }),
};
