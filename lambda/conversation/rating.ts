import { getWorkout } from "../coach/catalog";
import { type WorkoutProgress, workoutOf } from "../coach/position";
import { isRated } from "../coach/progression/ladders";
import { rateMoves } from "../coach/progression/rate-run";
import { ratingAcknowledgement } from "../coach/progression/speak-progression";
import { NO_PROGRESSION, type Rating } from "../coach/progression/types";
import { planFor } from "../coach/segments/compile";
import { repeatLeadIn } from "../coach/session";
import { voice } from "../i18n/voice";
import type { RatingQuestion, SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { followOnOffer } from "./follow-on-offer";
import { ask, type Outcome, type Part, type Reply } from "./reply";
import { activeWorkout } from "./unfinished-workout";

/**
 * "How was that?" and its answers. The question is asked by the workout itself (a move's last
 * set ends with it, or the closing of a workout when the user chose "at the end"); this is
 * what the answer does: the rating goes into the user's record, said back in a sentence, and
 * the workout goes on exactly where "ready" would have gone.
 */

/** The question is open: the last answer asked it and nothing has been said since. */
export function ratingOpen(state: SessionState): RatingQuestion | undefined {
  return state.pending === "rating" ? state.rating : undefined;
}

/**
 * "Repeat" at "how was that?": the set again word for word, question and all, so the run asks
 * it once more for this block (it was taken off when it was asked; asking it again takes it
 * off again).
 */
export function askingAgain(state: SessionState, progress: WorkoutProgress): WorkoutProgress {
  const tuning = progress.tuning;
  const plan = planFor(workoutOf(progress))[progress.segmentIndex];
  if (!ratingOpen(state) || !activeWorkout(state) || !tuning || plan?.kind !== "set")
    return progress;
  const blocks = getWorkout(progress.workoutId).blocks.length;
  const asks = [...(tuning.asks ?? "0".repeat(blocks))];
  asks[plan.blockIndex] = "1";
  return { ...progress, tuning: { ...tuning, asks: asks.join("") } };
}

/** The moves a finished run rates when the user is asked at the end: its rated moves done. */
export function movesToRate(workoutId: string, movesDone: string | undefined): string[] {
  const workout = getWorkout(workoutId);
  const ids: string[] = [];
  workout.blocks.forEach((block, index) => {
    const done = movesDone?.[index] === "1";
    if (done && block.prescription.kind === "reps" && isRated(block.exerciseId))
      if (!ids.includes(block.exerciseId)) ids.push(block.exerciseId);
  });
  return ids;
}

/** Applies the user's rating to what the open question asked about, and says what it changed. */
export function rate(turn: Turn, state: SessionState, rating: Rating): Outcome {
  const question = ratingOpen(state);
  if (!question) return { state, reply: notAsked(turn, state) };
  const result = rateMoves(
    state.user.progression ?? NO_PROGRESSION,
    question.workoutId,
    question.exerciseIds,
    rating,
    turn.time,
  );
  const { rating: _answered, ...rest } = state;
  const rated: SessionState = {
    ...rest,
    user: { ...state.user, progression: result.progression },
  };
  const ack = ratingAcknowledgement(voice(turn.locale), result);
  return goOn(turn, rated, ack);
}

/**
 * After the question, answered or passed over: in a workout, the question that leads into
 * what comes next ("Next, jumping jacks... Ready?"); after the last move, the next workout of a
 * long session or a tip, as the workout's closing would have offered.
 */
export function goOn(turn: Turn, state: SessionState, ...before: Part[]): Outcome {
  const v = voice(turn.locale);
  const { rating: _passed, ...rest } = state;
  const active = activeWorkout(rest);
  if (active) return leadOn(turn, rest, active, before);
  const followOn = followOnOffer(turn, rest);
  if (followOn)
    return {
      state: rest,
      reply: ask([...before, followOn.question], followOn.reprompt, "followOn"),
    };
  const tip: Reply = {
    ...ask([...before, v.say("segment.tipBeforeYouGo")], v.say("skill.tipReprompt"), "tip"),
    offersTip: true,
  };
  return { state: rest, reply: tip };
}

function leadOn(
  turn: Turn,
  state: SessionState,
  progress: WorkoutProgress,
  before: readonly Part[],
): Outcome {
  const v = voice(turn.locale);
  const leadIn = repeatLeadIn(v, progress);
  if (!leadIn)
    return {
      state,
      reply: ask([...before, v.say("skill.carryOn")], v.say("skill.segmentReprompt"), "segment"),
    };
  // The user now faces the next move, asked about on its own: "repeat" asks it again.
  const stretch = state.stretch && { ...state.stretch, askedOnly: true as const };
  return {
    state: { ...state, ...(stretch ? { stretch } : {}) },
    reply: ask([...before, leadIn.speech], v.say("skill.segmentReprompt"), "segment"),
  };
}

/** A rating with no question open: said when it will be asked, then the open question again. */
function notAsked(turn: Turn, state: SessionState): Reply {
  const v = voice(turn.locale);
  const active = activeWorkout(state);
  if (active)
    return ask(
      [v.say("progression.notAsked"), v.say("skill.carryOn")],
      v.say("skill.segmentReprompt"),
      "segment",
    );
  const question = v.say("skill.whatWouldYouLike");
  return ask([v.say("progression.notAsked"), question], question);
}
