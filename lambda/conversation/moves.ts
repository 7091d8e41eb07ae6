import { getWorkout } from "../coach/catalog";
import { chooseWorkout, type WorkoutRequest } from "../coach/catalog/choose-workout";
import { kitOf } from "../coach/catalog/kit";
import { speakTip } from "../coach/nutrition/speak-nutrition";
import { nextTip, type TipTopic, tipById } from "../coach/nutrition/tips";
import { positionOf, type WorkoutProgress } from "../coach/position";
import { planFor } from "../coach/segments/compile";
import { type CoachTurn, nextSegment } from "../coach/session";
import { pauseWorkout, resumeWorkout } from "../coach/stopped";
import { voice } from "../i18n/voice";
import { tipScreen } from "../screens/card-screens";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { cutShort } from "./cut-short";
import { firstRunNote } from "./first-run-note";
import { handsFreeRun } from "./hands-free";
import { askKit } from "./kit-question";
import { lengthLines } from "./length-lines";
import { lengthsFor } from "./lengths";
import { describePosition } from "./lines";
import { openQuestion } from "./pending-question";
import { dialogAgain } from "./profile-dialog";
import { ask, type Outcome, type Part, type Reply, remembered, showing, tell } from "./reply";
import { startOfferReprompt, startQuestion } from "./start-offer";
import { tunedStart, withPullUpLevel } from "./tuned-start";
import { activeWorkout, unfinishedWorkout } from "./unfinished-workout";
import { pausedHere, speakWorkoutTurn, workDoneOf } from "./workout-turns";

/**
 * The conversational moves several handlers share: offer what comes next, the first-run note,
 * a tip, begin a workout, go on, pick up again, hold the place, help for where the user is.
 * Each takes the turn and the state so far and returns the reply and the state after it.
 */

/** "You're not in a workout right now", and how to start one. */
export function noWorkout(turn: Turn): Reply {
  const v = voice(turn.locale);
  return ask(`${v.say("skill.noWorkout")} ${v.say("skill.startHint")}`, v.say("skill.startHint"));
}

/** How to start, when nothing else fits ("yes" with no question open). */
export function startHint(turn: Turn): Reply {
  const v = voice(turn.locale);
  return ask(v.say("skill.startHint"), v.say("skill.startHint"));
}

/**
 * What fits after an answer: a diet tip after something about food, a workout after something
 * about training, or nothing in particular.
 */
export type NextOffer = "tip" | "workout" | "anything";

/**
 * An answer, then the conversation goes on with the question that fits: back to the workout if
 * one is running in this session; after a food answer, a diet tip, offered once a session (a
 * finished workout offers its own); after a training answer, a workout; otherwise "Anything
 * else?".
 */
export function offerNext(
  turn: Turn,
  state: SessionState,
  fits: NextOffer,
  ...answer: Part[]
): Reply {
  const v = voice(turn.locale);
  if (activeWorkout(state))
    return ask([...answer, v.say("skill.carryOn")], v.say("skill.segmentReprompt"), "segment");
  if (fits === "tip" && !state.tipOffered)
    return {
      ...ask([...answer, v.say("skill.offerTip")], v.say("skill.tipReprompt"), "tip"),
      offersTip: true,
    };
  if (fits === "workout")
    return ask([...answer, startQuestion(v, state)], startOfferReprompt(v, state), "start");
  return ask(
    [...answer, v.say("skill.anythingElse")],
    v.say("skill.anythingElseReprompt"),
    "anythingElse",
  );
}

/** A diet tip the user has not heard yet; inside a workout, then back to it. */
export function giveTip(turn: Turn, state: SessionState, topic?: TipTopic): Outcome {
  const { tip, history } = nextTip(voice(turn.locale), state.user.tips, topic);
  const next = { ...state, user: { ...state.user, tips: history } };
  return { state: next, reply: sayTip(turn, next, tip.id) };
}

/** A tip said (again, for "repeat"), with what follows it. */
export function sayTip(turn: Turn, state: SessionState, tipId: string): Reply {
  const v = voice(turn.locale);
  const tip = tipById(v, tipId);
  if (!tip) return startHint(turn);
  const speech = speakTip(tip);
  const reply = activeWorkout(state)
    ? ask([speech, v.say("skill.carryOn")], v.say("skill.segmentReprompt"), "segment")
    : ask([speech, v.say("skill.anotherTip")], v.say("skill.tipReprompt"), "tip");
  return showing(remembered(reply, { kind: "tip", tipId: tip.id }), () => tipScreen(v, tip));
}

/**
 * Starts the workout that best fits the request and what we know the user has; the default
 * when the request is bare. Says first what the user should know about the choice (a length
 * other than asked, a long session's plan), and keeps that plan to offer when this one ends.
 */
export function beginWorkout(
  turn: Turn,
  state: SessionState,
  request: WorkoutRequest,
  ...lead: Part[]
): Outcome {
  const v = voice(turn.locale);
  const kit = state.user.equipment;
  const lengthOf = lengthsFor(turn, state);
  const choice = chooseWorkout(
    { ...withPullUpLevel(request, state), ...(kit ? { kit } : {}) },
    lengthOf,
  );
  const first = firstRunNote(turn, state);
  const asked = request.kind !== undefined || request.equipment !== undefined;
  const compromise =
    asked && (choice.relaxed.includes("kind") || choice.relaxed.includes("equipment"))
      ? [v.say("skill.notQuiteThat", { title: v.workout(choice.workout.id).title })]
      : [];
  const said = request.equipment === undefined ? kit : (kitOf(request.equipment) ?? kit);
  const length = lengthLines(v, request, choice, said, lengthOf);
  const { followOn: _previous, ...rest } = first.state;
  const planned: SessionState =
    choice.after.length > 0 && request.minutes !== undefined
      ? {
          ...rest,
          followOn: { workoutIds: choice.after.map((w) => w.id), minutes: request.minutes },
        }
      : rest;
  const tuned = tunedStart(turn, planned, choice.workout.id, [
    ...first.note,
    ...lead,
    ...compromise,
    ...length,
  ]);
  return speakWorkoutTurn(
    turn,
    tuned.state,
    tuned.coached,
    ...first.note,
    ...lead,
    ...compromise,
    ...length,
    ...tuned.lead,
  );
}

/** The current segment again from its start, after a pause or in a new session. */
function resumeCurrent(turn: Turn, state: SessionState): Outcome | undefined {
  const progress = unfinishedWorkout(state);
  if (!progress) return undefined;
  const v = voice(turn.locale);
  const done = workDoneOf(state, progress.workoutId);
  const lead = v.say("skill.pickingUp");
  const coached = resumeWorkout(
    v,
    progress,
    state.user.variety,
    paceOf(state.user),
    done,
    handsFreeRun(state.user, lead),
  );
  return speakWorkoutTurn(turn, state, coached, lead);
}

/** "Ready", "next", "yes": the next segment; after a pause, the paused one again. */
export function advance(turn: Turn, state: SessionState): Outcome {
  const progress = unfinishedWorkout(state);
  if (!progress) return { state, reply: noWorkout(turn) };
  if (progress.status === "paused")
    return resumeCurrent(turn, state) ?? { state, reply: noWorkout(turn) };
  const v = voice(turn.locale);
  const back = backToCutSegment(turn, state, progress);
  if (back) return speakWorkoutTurn(turn, state, back, v.say("skill.backToIt"));
  const coached = nextSegment(
    v,
    progress,
    state.user.variety,
    paceOf(state.user),
    workDoneOf(state, progress.workoutId),
    handsFreeRun(state.user),
  );
  if (coached) return speakWorkoutTurn(turn, state, coached);
  return {
    state,
    reply: ask(
      `${v.say("skill.finishedAlready")} ${v.say("skill.startHint")}`,
      v.say("skill.startHint"),
    ),
  };
}

/**
 * A segment cut off by a question ("how much is left?" over the count), answered, and now
 * "ready" or "yes": the user stopped to ask, so they go back to what they cut off (a cardio
 * block at its phase, a set from the top), not on past it. "Next", and a "ready" that itself
 * cut the segment short, go on.
 */
function backToCutSegment(
  turn: Turn,
  state: SessionState,
  progress: WorkoutProgress,
): CoachTurn | undefined {
  const end = cutShort(state, progress.workoutId);
  const cutAt = state.stretch?.cutAt;
  if (!end || cutAt === undefined || cutAt === turn.time) return undefined;
  if (turn.intentName === "AMAZON.NextIntent") return undefined;
  const stopped = pauseWorkout(progress, end);
  return resumeWorkout(
    voice(turn.locale),
    stopped,
    state.user.variety,
    paceOf(state.user),
    workDoneOf(state, progress.workoutId),
    handsFreeRun(state.user, voice(turn.locale).say("skill.backToIt")),
  );
}

/** "Resume": the unfinished workout from the start of its segment. */
export function resume(turn: Turn, state: SessionState): Outcome {
  return resumeCurrent(turn, state) ?? { state, reply: noWorkout(turn) };
}

/**
 * Marks an unfinished workout paused, to pick up later, and logs what this session did of it;
 * `held` is false when there was no workout.
 */
export function holdPosition(
  turn: Turn,
  state: SessionState,
): { readonly held: boolean; readonly state: SessionState } {
  const progress = unfinishedWorkout(state);
  if (!progress) return { held: false, state };
  return { held: true, state: pausedHere(turn, state, progress) };
}

/** Pause, stop: the place kept, and a goodbye that says so. */
export function goodbye(
  turn: Turn,
  state: SessionState,
  words: { readonly kept: string; readonly none: string },
): Outcome {
  const held = holdPosition(turn, state);
  const reply = held.held ? { ...tell(words.kept), keepsPlace: true as const } : tell(words.none);
  return { state: held.state, reply };
}

/**
 * What can be said right now, in under twenty seconds: inside a workout, the move the user is
 * facing and the workout's commands; outside, how to start and what else to ask.
 */
export function helpFor(turn: Turn, state: SessionState): string {
  const v = voice(turn.locale);
  const progress = unfinishedWorkout(state);
  if (!progress) return v.say("skill.helpOutside");
  const position = describePosition(v, positionOf(facing(state, progress)));
  return `${v.say("skill.youAreOn", { position })} ${v.say("skill.helpInWorkout")}`;
}

/**
 * The segment the user faces: after one heard to its end (or a skip's question), the one after
 * it, not the one just done; after a cut-off, the one cut off.
 */
function facing(state: SessionState, progress: WorkoutProgress): WorkoutProgress {
  const stretch = state.stretch;
  if (progress.status !== "active" || stretch?.workoutId !== progress.workoutId) return progress;
  const heard = stretch.askedOnly || (stretch.end !== undefined && "heard" in stretch.end);
  const next = progress.segmentIndex + 1;
  const segments = planFor(getWorkout(progress.workoutId)).length;
  return heard && next < segments ? { ...progress, segmentIndex: next } : progress;
}

/**
 * Help for where the user is, then the question that was open, so "yes" still answers it. While
 * we wait to hear what kit the user has, help is about that question, and asks it again.
 */
export function help(turn: Turn, state: SessionState, ...before: string[]): Reply {
  if (state.pending === "equipment" && state.kitQuestion) return askKit(turn, "help", ...before);
  const dialog = dialogAgain(turn, state, ...before);
  if (dialog) return remembered(dialog, { kind: "help" });
  const v = voice(turn.locale);
  // In a workout the help has already said which move is next: "Ready to carry on?" will do.
  const open = state.pending === "segment" ? undefined : openQuestion(turn, state);
  const inWorkout = unfinishedWorkout(state) !== undefined;
  const question = open?.question ?? v.say(inWorkout ? "skill.carryOn" : "skill.whatWouldYouLike");
  const reply = ask(
    [...before, helpFor(turn, state), question].join(" "),
    open?.reprompt ?? v.say(inWorkout ? "skill.segmentReprompt" : "skill.whatWouldYouLike"),
    open?.pending ?? (inWorkout ? "segment" : undefined),
  );
  return remembered(reply, { kind: "help" });
}
