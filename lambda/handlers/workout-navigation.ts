import { getWorkout } from "../coach/catalog";
import type { WorkoutProgress } from "../coach/position";
import { planFor } from "../coach/segments/compile";
import {
  type CoachTurn,
  previousSegment,
  repeatLeadIn,
  repeatSegment,
  skipExercise,
  startOver,
} from "../coach/session";
import { cutShort } from "../conversation/cut-short";
import { handsFreeRun } from "../conversation/hands-free";
import { advance, noWorkout } from "../conversation/moves";
import { openQuestion } from "../conversation/pending-question";
import { askingAgain, goOn, ratingOpen } from "../conversation/rating";
import { ask, type Outcome } from "../conversation/reply";
import { sayAgain } from "../conversation/said-again";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import { speakWorkoutTurn, workDoneOf } from "../conversation/workout-turns";
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

/**
 * "Ready" goes on. "Next" is also what a device sends for a bare "skip" (it is one of
 * AMAZON.NextIntent's own phrasings and cannot be taken away), so it means what "skip" means
 * where the user is: facing a move not yet started (at its introduction, or "Next, jumping
 * jacks... Ready?") it skips that move, as "skip this exercise" does; anywhere else (between
 * sets, over a count) it goes on to what comes next.
 */
export const next: Handler = {
  intents: ["AMAZON.NextIntent", "ReadyIntent"],
  handle(turn) {
    const progress = unfinishedWorkout(turn.state);
    // At "how was that?", both go on exactly as "ready" would: the question is passed over.
    if (ratingOpen(turn.state))
      return progress?.status === "active" ? advance(turn, turn.state) : goOn(turn, turn.state);
    if (turn.intentName === "AMAZON.NextIntent" && progress && facesNewMove(turn.state, progress))
      return skipMove(turn, turn.state, progress);
    return advance(turn, turn.state);
  },
};

/** The last answer ended asking about a move the user has not started. */
function facesNewMove(state: SessionState, progress: WorkoutProgress): boolean {
  const stretch = state.stretch;
  if (progress.status !== "active" || stretch?.workoutId !== progress.workoutId) return false;
  if (stretch.end === undefined || "cutAfter" in stretch.end) return false;
  if (stretch.askedOnly) return true;
  const plans = planFor(getWorkout(progress.workoutId));
  const current = plans[progress.segmentIndex];
  const coming = plans[progress.segmentIndex + 1];
  return (
    current?.kind === "intro" || (coming !== undefined && coming.blockIndex !== current?.blockIndex)
  );
}

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
      handsFreeRun(state.user),
    ),
  ),
);

export const startOverHandler = inWorkout("AMAZON.StartOverIntent", (turn, state, progress) =>
  spoken(
    turn,
    state,
    startOver(
      voice(turn.locale),
      progress,
      state.user.variety,
      paceOf(state.user),
      handsFreeRun(state.user),
    ),
  ),
);

export const skip = inWorkout("SkipExerciseIntent", (turn, state, progress) =>
  skipMove(turn, state, progress),
);

function skipMove(turn: Turn, state: SessionState, progress: WorkoutProgress): Outcome {
  const v = voice(turn.locale);
  const coached = skipExercise(
    v,
    progress,
    state.user.variety,
    paceOf(state.user),
    workDoneOf(state, progress.workoutId),
    handsFreeRun(state.user),
    cutShort(state, progress.workoutId) !== undefined,
  );
  if (coached) return spoken(turn, state, coached);
  return {
    state,
    reply: ask(`${v.say("skill.lastMove")} ${v.say("skill.startHint")}`, v.say("skill.startHint")),
  };
}

/**
 * "Repeat": the last thing said. After an answer (a tip, help, the calorie target), that answer
 * again; after a workout segment, the segment word for word.
 */
export const repeat: Handler = {
  intents: ["AMAZON.RepeatIntent"],
  async handle(turn) {
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
          askingAgain(state, progress),
          paceOf(state.user),
          workDoneOf(state, progress.workoutId),
        ),
      );
    // Nothing to say again but a question left open ("are you sure?"): that question.
    const open = state.said ? undefined : openQuestion(turn, state);
    if (open) return { state, reply: ask(open.question, open.reprompt, open.pending) };
    return { state, reply: await sayAgain(turn, state) };
  },
};
