import { workoutList } from "../conversation/said-again";
import { requestWorkout } from "../conversation/workout-request";
import type { Handler } from "./handler";

/** Any workout asked for, and the answer to "what have you got?" (conversation/workout-request.ts). */
export const startWorkoutHandler: Handler = {
  intents: ["StartWorkoutIntent"],
  handle: (turn) => requestWorkout(turn),
};

/** "What workouts do you have?" */
export const listWorkouts: Handler = {
  intents: ["ListWorkoutsIntent"],
  handle: (turn) => ({ state: turn.state, reply: workoutList(turn) }),
};
