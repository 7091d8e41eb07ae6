import type { Voice } from "../../i18n/voice";
import { getExercise } from "../catalog";
import type { Workout } from "../catalog/types";
import { LinePicker, type Variety } from "../lines";
import type { Pace } from "../pace";
import { changeLine } from "../progression/speak-progression";
import { fill } from "../speech/fill";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import type { WorkSummary } from "../work-done";
import { countHold } from "./count-hold";
import { countReps } from "./count-reps";
import { describeHold, describePhases, describeReps, intensityWord } from "./describe";
import { intervalBlock } from "./interval-block";
import type { CardioPlan, IntroPlan, SegmentPlan, SetPlan } from "./plan";
import { restBetweenSets } from "./rest";

export interface SpokenSegment extends Speech {
  /** The variety state after this segment, to pass to the next one. */
  readonly variety: Variety;
  /** A cardio segment: when each of its pieces' clock starts, in seconds from its start. */
  readonly pieceStarts?: readonly number[];
  /** The question it ends with ("Ready for set two?"); absent on the workout's closing. */
  readonly question?: string;
  /** The question is "how was that?", after a move's last set (the run's tuning asks it). */
  readonly asksFeedback?: true;
}

/**
 * What a rendering needs beyond the plans: the user's pace, and the length the introduction
 * announces. The length is computed from the estimates (announcedMinutes in estimates.ts),
 * which render every segment, so it is handed in rather than worked out here.
 */
export interface Delivery {
  readonly pace: Pace;
  /** Whole minutes the introduction says the workout takes ("about sixteen minutes"). */
  readonly minutes: number;
}

/** What a full run of the workout does: the closing line's default, and its length's. */
function fullRun(workout: Workout): WorkSummary {
  const moves = workout.blocks.length;
  return { moves, totalMoves: moves, minutes: workout.minutes, cardioMinutes: 0, strengthMoves: 0 };
}

/**
 * Speaks segment `index` of a compiled workout. Pure: the same plans, index and variety always
 * give the same speech. The segment ends with a question about what comes next, so the session
 * stays open; the last segment closes the workout instead, saying what `closing` sums up (a full
 * run when absent, which is only ever used to estimate the segment's length). `flowing`
 * (hands-free, coach/hands-free.ts): another segment follows in the same answer, so in place of
 * the question it says only what leads into it, and keeps the pause it ends with.
 */
export function speakSegment(
  v: Voice,
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
  variety: Variety,
  delivery: Delivery,
  closing: WorkSummary = fullRun(workout),
  flowing = false,
): SpokenSegment {
  const plan = plans[index];
  if (!plan) throw new RangeError(`Workout ${workout.id} has no segment ${index}`);
  const b = new SpeechBuilder();
  const picker = new LinePicker(v, variety);
  const next = plans[index + 1];
  let pieceStarts: number[] | undefined;
  switch (plan.kind) {
    case "intro":
      speakIntro(b, v, workout, plan, picker, delivery.minutes);
      break;
    case "set":
      speakSet(b, v, plan, next, picker, delivery.pace);
      break;
    case "cardio":
      pieceStarts = speakCardio(b, v, plan, plans[index - 1], picker);
      break;
  }
  if (flowing && next) {
    flowInto(b, v, plan, next, workout);
    return { ...b.build(), variety: picker.variety, ...(pieceStarts ? { pieceStarts } : {}) };
  }
  const feedback = next !== undefined && asksFeedbackAfter(workout, plan);
  const question = feedback
    ? v.say("progression.question")
    : next
      ? askAbout(v, next, plan.kind === "intro", workout, picker)
      : undefined;
  if (question) b.say(question);
  else speakFinish(b, v, workout, picker, closing);
  return {
    ...b.build(),
    variety: picker.variety,
    ...(pieceStarts ? { pieceStarts } : {}),
    ...(question ? { question } : {}),
    ...(feedback ? { asksFeedback: true as const } : {}),
  };
}

/**
 * A move's last set ends with "how was that?" where the run's tuning asks it (progression/
 * tune.ts: after each move, once a session); the workout's last segment closes it instead.
 */
export function asksFeedbackAfter(workout: Workout, plan: SegmentPlan): boolean {
  return (
    plan.kind === "set" && plan.set === plan.sets && workout.tuning?.asks?.[plan.blockIndex] === "1"
  );
}

/**
 * Only the question that leads into segment `index` ("Next, skaters: one minute moderate, then
 * one minute hard. Ready?"), for when the user arrives there without the segment before it
 * (a skip): a timed block never starts without the user's go.
 */
export function speakLeadIn(
  v: Voice,
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
  variety: Variety,
): SpokenSegment {
  const plan = plans[index];
  if (!plan || index === 0)
    throw new RangeError(`Workout ${workout.id} has no lead-in to ${index}`);
  const b = new SpeechBuilder();
  const picker = new LinePicker(v, variety);
  // Asked as after a finished segment, never as after an introduction ("Ready?" alone).
  b.say(askAbout(v, plan, false, workout, picker));
  return { ...b.build(), variety: picker.variety };
}

/** Only the workout's closing, for when its last move is skipped. */
export function speakClosing(
  v: Voice,
  workout: Workout,
  variety: Variety,
  closing: WorkSummary,
): SpokenSegment {
  const b = new SpeechBuilder();
  const picker = new LinePicker(v, variety);
  speakFinish(b, v, workout, picker, closing);
  return { ...b.build(), variety: picker.variety };
}

function speakIntro(
  b: SpeechBuilder,
  v: Voice,
  workout: Workout,
  plan: IntroPlan,
  picker: LinePicker,
  minutes: number,
): void {
  const block = workout.blocks[plan.blockIndex];
  if (!block) return;
  const exercise = getExercise(plan.exerciseId);
  const words = v.exercise(exercise.id);
  const opening = plan.blockIndex === 0;
  // The honest length, at the user's pace: the intro's words say "about {length}".
  if (opening) b.say(fill(v.workout(workout.id).intro, { length: v.duration(minutes * 60) }));
  // What changed since last time, before the move is introduced with its new numbers.
  const change = changeLine(v, workout, plan.blockIndex);
  if (change) b.say(change);
  if (block.label) b.say(v.say(`segment.labels.${block.label}`));
  const p = block.prescription;
  const amount =
    p.kind === "reps"
      ? describeReps(v, p, exercise)
      : p.kind === "hold"
        ? describeHold(v, p, exercise)
        : describePhases(v, p.phases);
  const lead = opening ? v.say("segment.firstUp") : picker.next("transition");
  b.say(v.say("segment.introduce", { lead, exercise: words.name, amount })).say(words.cue);
}

function speakSet(
  b: SpeechBuilder,
  v: Voice,
  plan: SetPlan,
  next: SegmentPlan | undefined,
  picker: LinePicker,
  pace: Pace,
): void {
  const exercise = getExercise(plan.exerciseId);
  const p = plan.prescription;
  if (plan.sets > 1)
    b.say(v.say("segment.setOf", { set: v.number(plan.set), sets: v.number(plan.sets) }));
  if (p.kind === "reps") countReps(b, v, p, exercise, picker, pace);
  else countHold(b, v, p, exercise, picker);
  b.say(picker.next("praise"));
  const restNow = next?.kind === "set" && next.blockIndex === plan.blockIndex;
  if (restNow && p.restSeconds > 0) restBetweenSets(b, v, p.restSeconds, picker);
  else if (plan.sets > 1 && plan.set === plan.sets)
    b.say(v.say("segment.moveDone", { exercise: v.exercise(exercise.id).name }));
}

function speakCardio(
  b: SpeechBuilder,
  v: Voice,
  plan: CardioPlan,
  previous: SegmentPlan | undefined,
  picker: LinePicker,
): number[] {
  const endsBlock = plan.part === plan.parts;
  // The move's cue, unless its introduction has just said it (or the block is picked up midway).
  const fromStart = plan.pieces[0]?.phaseIndex === 0 && plan.pieces[0].from === 0;
  if (plan.part === 1 && fromStart && previous?.kind !== "intro")
    b.say(v.exercise(plan.exerciseId).cue);
  const starts = intervalBlock(b, v, plan.pieces, plan.exerciseId, endsBlock, picker);
  if (endsBlock) b.say(picker.next("blockDone"));
  return starts;
}

/** Seconds to get into position after a move's introduction, when no "Ready?" waits for the user. */
export const GET_SET_SECONDS = 5;
/** Seconds to get moving between a strength move and the cardio that follows it straight away. */
export const INTO_CARDIO_SECONDS = 3;

/**
 * What leads into the next segment when it follows in the same answer: after an introduction,
 * a few seconds to get into position; into a new cardio block, what it is, as a statement, and
 * a breath to get moving. Between sets the rest has already run (its clock and heads-up), and
 * a cardio block's next part carries straight on, so nothing more is said there.
 */
function flowInto(
  b: SpeechBuilder,
  v: Voice,
  plan: SegmentPlan,
  next: SegmentPlan,
  workout: Workout,
): void {
  if (plan.kind === "intro") b.say(v.say("segment.getSet")).pause(GET_SET_SECONDS);
  else if (next.kind === "cardio" && next.part === 1) {
    const block = workout.blocks[next.blockIndex];
    if (block?.prescription.kind === "intervals")
      b.say(
        v.say("segment.intoCardio", {
          exercise: v.exercise(next.exerciseId).name,
          phases: describePhases(v, block.prescription.phases),
        }),
      ).pause(INTO_CARDIO_SECONDS);
  }
  b.keepPause();
}

/** The closing question, which says what the user is agreeing to when they answer "yes". */
function askAbout(
  v: Voice,
  next: SegmentPlan,
  afterIntro: boolean,
  workout: Workout,
  picker: LinePicker,
): string {
  if (afterIntro) return v.say("segment.ready");
  switch (next.kind) {
    case "set":
      return v.say("segment.readyForSet", { set: v.number(next.set) });
    case "intro":
      return picker.next("nextMove");
    case "cardio": {
      const piece = next.pieces[0];
      const block = workout.blocks[next.blockIndex];
      if (!piece || !block || block.prescription.kind !== "intervals")
        return v.say("segment.ready");
      if (next.part === 1) {
        return v.say("segment.nextCardio", {
          exercise: v.exercise(next.exerciseId).name,
          phases: describePhases(v, block.prescription.phases),
        });
      }
      if (piece.from > 0) {
        return v.say("segment.keepMoving", { duration: v.duration(piece.to - piece.from) });
      }
      return v.say("segment.nextPhase", {
        exercise: v.exercise(piece.phase.exerciseId ?? next.exerciseId).name,
        duration: v.duration(piece.phase.seconds),
        intensity: intensityWord(v, piece.phase.intensity),
      });
    }
  }
}

/**
 * The closing line says what the log will record: moves with work heard, minutes of work heard.
 * A run where every move was skipped is not praised. The question after it (a tip, or the
 * next workout of a long session) is the skill's to ask.
 */
function speakFinish(
  b: SpeechBuilder,
  v: Voice,
  workout: Workout,
  picker: LinePicker,
  done: WorkSummary,
): void {
  const title = v.workout(workout.id).title;
  if (done.moves === 0) b.say(v.say("segment.finishedNothingDone", { title }));
  else
    b.say(
      v.say(done.minutes < 1 ? "segment.finishedQuickly" : "segment.finished", {
        title,
        praise: picker.next("praise"),
        moves: v.count("move", done.moves),
        duration: v.duration(done.minutes * 60),
      }),
    );
}
