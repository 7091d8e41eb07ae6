import { getWorkout } from "../coach/catalog";
import { workoutOf as runOf, type WorkoutProgress } from "../coach/position";
import { planFor } from "../coach/segments/compile";
import { asksFeedbackAfter } from "../coach/segments/speak-segment";
import type { CoachTurn } from "../coach/session";
import { pauseWorkout } from "../coach/stopped";
import {
  noWorkDone,
  summarizeWork,
  type WorkDone,
  type WorkSummary,
  withMoveDone,
} from "../coach/work-done";
import { voice } from "../i18n/voice";
import { finishScreen } from "../screens/card-screens";
import { workoutRunScreen } from "../screens/workout-screen";
import { askTimingOf } from "../store/user-record";
import type { WorkoutLogEntry } from "../store/workout-log";
import type { SessionState, WorkoutStretch } from "../turn/session-state";
import { requestKeyOf, type Turn } from "../turn/turn";
import { followOnOffer } from "./follow-on-offer";
import { leadSeconds } from "./hands-free";
import { movesToRate } from "./rating";
import { ask, type Outcome, type Part, showing } from "./reply";

/** Shorter stretches of work (a set, then "stop") are not worth a line in the log. */
const MIN_LOGGED_SECONDS = 60;

/** The work heard of `workoutId` in this session, for the closing line if the workout ends. */
export function workDoneOf(state: SessionState, workoutId: string): WorkDone {
  const stretch = state.stretch;
  return stretch && stretch.workoutId === workoutId
    ? stretch.done
    : noWorkDone(getWorkout(workoutId));
}

/**
 * Speaks a workout segment and keeps its state: the new position and variety, and the segment
 * spoken, judged heard or cut off when the next request comes (conversation/heard.ts). When
 * the segment was the workout's last, a log entry for this session's work and a tip offer.
 */
export function speakWorkoutTurn(
  turn: Turn,
  state: SessionState,
  coached: CoachTurn,
  ...before: Part[]
): Outcome {
  const v = voice(turn.locale);
  const finished = coached.progress.status === "finished";
  // A question about how a move went gives way to whatever is said now.
  const { rating: _passed, ...unrated } = state;
  // Starting a different workout closes the stretch of the one before.
  const closed =
    unrated.stretch && unrated.stretch.workoutId !== coached.progress.workoutId
      ? endStretch(turn, unrated)
      : unrated;
  const stretch = spokenNow(turn, closed.stretch, coached, before);
  const { progress: previous, ...user } = closed.user;
  // The moves done in this run of the workout go on with it, across sessions.
  const movesDone =
    previous?.workoutId === coached.progress.workoutId ? previous.movesDone : undefined;
  const kept = movesDone ? { ...coached.progress, movesDone } : coached.progress;
  // "How was that?" is asked once: the run stops asking it about this move.
  const asking = coached.asksFeedback ? askedAbout(kept) : undefined;
  const progress = asking?.progress ?? kept;
  const next: SessionState = {
    ...closed,
    stretch,
    user: finished
      ? { ...user, variety: coached.variety }
      : { ...user, progress, variety: coached.variety },
    ...(asking
      ? {
          rating: { workoutId: progress.workoutId, exerciseIds: [asking.exerciseId] },
          asked: [
            ...(closed.asked ?? []).filter((id) => id !== asking.exerciseId),
            asking.exerciseId,
          ],
        }
      : {}),
  };
  const speech = [...before, coached.speech];
  if (!finished) {
    // One page per segment the answer speaks, each up from where its segment starts.
    const lead = leadSeconds(before);
    const first = coached.segment?.index ?? coached.progress.segmentIndex;
    const screen = () =>
      workoutRunScreen(
        v,
        coached.progress,
        [
          { segmentIndex: first, startsAt: 0 },
          ...(coached.following ?? []).map((s) => ({
            segmentIndex: s.index,
            startsAt: lead + s.startsAt,
          })),
        ],
        true,
      );
    const reply = asking
      ? ask(speech, v.say("progression.reprompt"), "rating")
      : ask(speech, v.say("skill.segmentReprompt"), "segment");
    return { state: next, reply: showing(reply, screen) };
  }
  const workout = workoutOf(stretch);
  const run = spokenIndexes(coached).reduce<string | undefined>(
    (moves, index) => withMoveDone(workout, moves, index),
    movesDone,
  );
  const summary = coached.closing ?? summarizeWork(workout, stretch.done);
  const every = run !== undefined && !run.includes("0");
  const ended = logStretch(turn, next, summary, { reachedEnd: true, completed: every });
  const finish = () => finishScreen(v, workout.id, summary);
  // Asked at the end, when the user chose that: one rating for the moves done. Asked after
  // each move, the workout's last move is asked about after its closing line.
  const atEnd = askTimingOf(ended.user) === "end";
  const lastMove = atEnd ? undefined : lastMoveAsked(coached);
  const toRate = atEnd ? movesToRate(workout.id, run) : lastMove ? [lastMove] : [];
  if (toRate.length > 0)
    return {
      state: { ...ended, rating: { workoutId: workout.id, exerciseIds: toRate } },
      reply: showing(
        ask(
          [
            ...speech,
            v.say(atEnd ? "progression.questionWorkout" : "progression.questionLastMove"),
          ],
          v.say("progression.repromptWorkout"),
          "rating",
        ),
        finish,
      ),
    };
  // A long session goes straight on to its next workout; otherwise a tip before they go.
  const followOn = followOnOffer(turn, ended);
  return {
    state: ended,
    reply: showing(
      followOn
        ? ask([...speech, followOn.question], followOn.reprompt, "followOn")
        : {
            ...ask([...speech, v.say("segment.tipBeforeYouGo")], v.say("skill.tipReprompt"), "tip"),
            offersTip: true,
          },
      finish,
    ),
  };
}

/**
 * The move a segment asked "how was that?" about (its catalog id, whatever form it was done
 * in), and the run's position with that question no longer to ask.
 */
function askedAbout(
  progress: WorkoutProgress,
): { readonly exerciseId: string; readonly progress: WorkoutProgress } | undefined {
  const tuning = progress.tuning;
  const plan = planFor(runOf(progress))[progress.segmentIndex];
  const exerciseId = plan && getWorkout(progress.workoutId).blocks[plan.blockIndex]?.exerciseId;
  if (!tuning?.asks || !plan || !exerciseId) return undefined;
  const asks = `${tuning.asks.slice(0, plan.blockIndex)}0${tuning.asks.slice(plan.blockIndex + 1)}`;
  const { asks: _all, ...rest } = tuning;
  const left = asks.includes("1") ? { ...rest, asks } : rest;
  return { exerciseId, progress: { ...progress, tuning: left } };
}

/** Every segment the turn speaks, in order: one, or a hands-free answer's run. */
function spokenIndexes(coached: CoachTurn): number[] {
  const first = coached.segment?.index;
  if (first === undefined) return [];
  return [first, ...(coached.following ?? []).map((s) => s.index)];
}

/** The workout's last segment was a rated move's last set its run asks about: that move. */
function lastMoveAsked(coached: CoachTurn): string | undefined {
  const index = spokenIndexes(coached).at(-1);
  if (index === undefined) return undefined;
  const run = runOf(coached.progress);
  const plan = planFor(run)[index];
  if (!plan || !asksFeedbackAfter(run, plan)) return undefined;
  return getWorkout(coached.progress.workoutId).blocks[plan.blockIndex]?.exerciseId;
}

/** The stretch after this turn: what it speaks, to be judged next time. */
function spokenNow(
  turn: Turn,
  stretch: WorkoutStretch | undefined,
  coached: CoachTurn,
  before: readonly Part[],
): WorkoutStretch {
  const { workoutId } = coached.progress;
  // What the last answer spoke, how it ended and what it asked give way to this answer's.
  // Every field of WorkoutStretch that is not one of those: a new one must be added here.
  const kept = stretch
    ? { workoutId: stretch.workoutId, done: stretch.done }
    : { workoutId, done: noWorkDone(getWorkout(workoutId)) };
  const segment = coached.segment;
  // A turn that only asks about the next move (a skip) leaves the user facing it: "heard".
  if (!segment) return { ...kept, end: { heard: true }, askedOnly: true };
  const lead = leadSeconds(before);
  const inAnswer = (startsAt: number) => Math.round((lead + startsAt) * 10) / 10;
  // Hands-free: every segment of the answer, each where it starts, so a barge-in lands in one.
  const then = coached.following?.map((s) => ({
    startsAt: inAnswer(s.startsAt),
    seconds: s.seconds,
    variety: s.varietyAtSegment,
  }));
  return {
    ...kept,
    spoken: {
      index: segment.index,
      at: turn.time,
      startsAt: inAnswer(segment.startsAt),
      seconds: segment.seconds,
      ...(then && segment.varietyAtSegment
        ? { following: then, variety: segment.varietyAtSegment }
        : {}),
    },
  };
}

function workoutOf(stretch: WorkoutStretch) {
  return getWorkout(stretch.workoutId);
}

/**
 * Marks an unfinished workout paused where the user really is (after the segment heard to its
 * end, or inside the one cut off), and logs what this session did of it.
 */
export function pausedHere(
  turn: Turn,
  state: SessionState,
  progress: WorkoutProgress,
): SessionState {
  const stretch = state.stretch;
  const end = stretch && stretch.workoutId === progress.workoutId ? stretch.end : undefined;
  const logged = endStretch(turn, state);
  return { ...logged, user: { ...logged.user, progress: pauseWorkout(progress, end) } };
}

/**
 * Logs the work done in this session's stretch of the workout, and clears it. Called when the
 * workout pauses, stops or gives way to another (the end of a workout logs in speakWorkoutTurn).
 */
export function endStretch(turn: Turn, state: SessionState): SessionState {
  const stretch = state.stretch;
  if (!stretch) return state;
  return logStretch(turn, state, summarizeWork(workoutOf(stretch), stretch.done), NOT_ENDED);
}

/** How a stretch ended: at the workout's end, and with work heard of every one of its moves. */
interface Ending {
  readonly reachedEnd: boolean;
  readonly completed: boolean;
}
const NOT_ENDED: Ending = { reachedEnd: false, completed: false };

function logStretch(
  turn: Turn,
  state: SessionState,
  summary: WorkSummary,
  ending: Ending,
): SessionState {
  const { stretch, ...rest } = state;
  if (!stretch) return rest;
  const entry = entryOf(turn, stretch, summary, ending);
  if (!entry) return rest;
  return { ...rest, unsavedLog: [...state.unsavedLog, { entry, id: requestKeyOf(turn) }] };
}

/**
 * The log entry for the work of this session's stretch so far, as if it ended now; undefined
 * when there is none or too little to log. Also counts a workout under way in "how am I doing?".
 */
export function stretchEntry(turn: Turn, state: SessionState): WorkoutLogEntry | undefined {
  const stretch = state.stretch;
  if (!stretch) return undefined;
  return entryOf(turn, stretch, summarizeWork(workoutOf(stretch), stretch.done), NOT_ENDED);
}

function entryOf(
  turn: Turn,
  stretch: WorkoutStretch,
  summary: WorkSummary,
  { reachedEnd, completed }: Ending,
): WorkoutLogEntry | undefined {
  if (summary.moves === 0) return undefined;
  // The end of a workout is always logged: its closing line said what was done.
  if (!reachedEnd && stretch.done.seconds < MIN_LOGGED_SECONDS) return undefined;
  return {
    workoutId: stretch.workoutId,
    endedAt: turn.time,
    completed,
    minutes: summary.minutes,
    moves: summary.moves,
    totalMoves: summary.totalMoves,
    cardioMinutes: summary.cardioMinutes,
    strengthMoves: summary.strengthMoves,
  };
}
