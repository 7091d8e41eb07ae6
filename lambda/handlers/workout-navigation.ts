import {
  type CoachTurn,
  previousSegment,
  repeatLeadIn,
  repeatSegment,
  skipExercise,
  startOver,
  type WorkoutProgress,
} from "../coach";
import { advance, noWorkout } from "../conversation/moves";
import { openQuestion } from "../conversation/pending-question";
import { ask, type Outcome } from "../conversation/reply";
import { sayAgain } from "../conversation/said-again";
import { speakWorkoutTurn, unfinishedWorkout, workDoneOf } from "../conversation/workout-turns";
import { voice } from "../i18n/voice";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

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
  spoken(
    turn,
    state,
    previousSegment(
      voice(turn.locale),
      progress,
      state.user.variety,
      paceOf(state.user),
      workDoneOf(state, progress.workoutId),
    ),
  ),
);

export const startOverHandler = inWorkout("AMAZON.StartOverIntent", (turn, state, progress) =>
  spoken(
    turn,
    state,
    startOver(voice(turn.locale), progress, state.user.variety, paceOf(state.user)),
  ),
);

export const skip = inWorkout("SkipExerciseIntent", (turn, state, progress) => {
  const v = voice(turn.locale);
  const coached = skipExercise(
    v,
    progress,
    state.user.variety,
    paceOf(state.user),
    workDoneOf(state, progress.workoutId),
  );
  if (coached) return spoken(turn, state, coached);
  return {
    state,
    reply: ask(`${v.say("skill.lastMove")} ${v.say("skill.startHint")}`, v.say("skill.startHint")),
  };
});

/**
 * "Repeat": the last thing said. After an answer (a tip, help, the calorie target), that answer
 * again; after a workout segment, the segment word for word.
 */
export const repeat: Handler = {
  intents: ["AMAZON.RepeatIntent"],
  handle(turn) {
    const { state } = turn;
    const progress = state.said ? undefined : unfinishedWorkout(state);
    const question =
      progress && state.stretch?.askedOnly && repeatLeadIn(voice(turn.locale), progress);
    if (question) return spoken(turn, state, question);
    if (progress)
      return spoken(
        turn,
        state,
        repeatSegment(
          voice(turn.locale),
          progress,
          paceOf(state.user),
          workDoneOf(state, progress.workoutId),
        ),
      );
    // Nothing to say again but a question left open ("are you sure?"): that question.
    const open = state.said ? undefined : openQuestion(turn, state);
    if (open) return { state, reply: ask(open.question, open.reprompt, open.pending) };
    return { state, reply: sayAgain(turn, state) };
  },
};
