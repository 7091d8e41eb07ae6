import {
  type CoachTurn,
  completeProfile,
  previousSegment,
  repeatSegment,
  skipExercise,
  startOver,
  type WorkoutProgress,
} from "../coach";
import { advance, help, noWorkout, offerNext, sayTip, startHint } from "../conversation/moves";
import { answerGoal } from "../conversation/profile-dialog";
import { ask, type Outcome, type Reply, remembered } from "../conversation/reply";
import { speakWorkoutTurn, unfinishedWorkout } from "../conversation/workout-turns";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { everydayAnswer } from "./answers";
import type { Handler } from "./handler";
import { launchReply } from "./launch";
import { storedDataReply } from "./profile";
import { workoutList } from "./start-workout";

/** A move within the unfinished workout (the router answers "no workout" when there is none). */
function inWorkout(
  intent: string,
  move: (turn: Turn, state: SessionState, progress: WorkoutProgress) => Outcome,
): Handler {
  return {
    intents: [intent],
    needs: "workout",
    handle(turn) {
      const progress = unfinishedWorkout(turn.state);
      return progress
        ? move(turn, turn.state, progress)
        : { state: turn.state, reply: noWorkout(turn) };
    },
  };
}

const spoken = (turn: Turn, state: SessionState, coached: CoachTurn): Outcome =>
  speakWorkoutTurn(turn, state, coached);

export const next: Handler = {
  intents: ["AMAZON.NextIntent", "ReadyIntent"],
  handle: (turn) => advance(turn, turn.state),
};

export const previous = inWorkout("AMAZON.PreviousIntent", (turn, state, progress) =>
  spoken(turn, state, previousSegment(voice(turn.locale), progress, state.user.variety)),
);

export const startOverHandler = inWorkout("AMAZON.StartOverIntent", (turn, state, progress) =>
  spoken(turn, state, startOver(voice(turn.locale), progress, state.user.variety)),
);

export const skip = inWorkout("SkipExerciseIntent", (turn, state, progress) => {
  const v = voice(turn.locale);
  const coached = skipExercise(v, progress, state.user.variety);
  if (coached) return spoken(turn, state, coached);
  return {
    state,
    reply: ask(`${v.say("skill.lastMove")} ${v.say("skill.startHint")}`, v.say("skill.startHint")),
  };
});

/** The last answer again, re-rendered from the state; without one, the question still open. */
function sayAgain(turn: Turn, state: SessionState): Reply {
  const said = state.said;
  switch (said?.kind) {
    case "tip":
      return sayTip(turn, state, said.tipId);
    case "protein":
    case "water":
    case "spot-reduction":
      return remembered(offerNext(turn, state, everydayAnswer(turn, said.kind)), said);
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

/**
 * "Repeat": the last thing said. After an answer (a tip, help, the calorie target), that answer
 * again; after a workout segment, the segment word for word.
 */
export const repeat: Handler = {
  intents: ["AMAZON.RepeatIntent"],
  handle(turn) {
    const { state } = turn;
    const progress = state.said ? undefined : unfinishedWorkout(state);
    if (progress) return spoken(turn, state, repeatSegment(voice(turn.locale), progress));
    return { state, reply: sayAgain(turn, state) };
  },
};
