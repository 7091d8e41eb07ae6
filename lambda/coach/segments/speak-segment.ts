import { getExercise } from "../catalog";
import { exerciseIdsOf } from "../catalog/build";
import type { Workout } from "../catalog/types";
import { LinePicker, type Variety } from "../lines";
import { durationWords, numberWords, plural } from "../speech/numbers";
import { type Speech, SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";
import { countHold } from "./count-hold";
import { countReps } from "./count-reps";
import { describeHold, describePhases, describeReps, intensityWord } from "./describe";
import { intervalBlock } from "./interval-block";
import type { CardioPlan, IntroPlan, SegmentPlan, SetPlan } from "./plan";
import { restBetweenSets } from "./rest";

export interface SpokenSegment extends Speech {
  /** The variety state after this segment, to pass to the next one. */
  readonly variety: Variety;
}

/**
 * Speaks segment `index` of a compiled workout. Pure: the same plans, index and variety always
 * give the same speech. The segment ends with a question about what comes next, so the session
 * stays open; the last segment closes the workout instead.
 */
export function speakSegment(
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
  variety: Variety,
): SpokenSegment {
  const plan = plans[index];
  if (!plan) throw new RangeError(`Workout ${workout.id} has no segment ${index}`);
  const b = new SpeechBuilder();
  const picker = new LinePicker(variety);
  const next = plans[index + 1];
  switch (plan.kind) {
    case "intro":
      speakIntro(b, workout, plan, picker);
      break;
    case "set":
      speakSet(b, plan, next, picker);
      break;
    case "cardio":
      speakCardio(b, plan, plans[index - 1], picker);
      break;
  }
  if (next) b.say(askAbout(next, plan, workout, picker));
  else speakFinish(b, workout, picker);
  return { ...b.build(), variety: picker.variety };
}

function speakIntro(b: SpeechBuilder, workout: Workout, plan: IntroPlan, picker: LinePicker): void {
  const block = workout.blocks[plan.blockIndex];
  if (!block) return;
  const exercise = getExercise(plan.exerciseId);
  const opening = plan.blockIndex === 0;
  if (opening) b.say(workout.intro);
  if (block.label) b.say(`${capitalize(block.label)}.`);
  const p = block.prescription;
  const amount =
    p.kind === "reps"
      ? describeReps(p, exercise)
      : p.kind === "hold"
        ? describeHold(p, exercise)
        : describePhases(p.phases);
  const lead = opening ? "First up:" : picker.next("transition");
  b.say(`${lead} ${exercise.name}, ${amount}.`).say(exercise.cue);
}

function speakSet(
  b: SpeechBuilder,
  plan: SetPlan,
  next: SegmentPlan | undefined,
  picker: LinePicker,
): void {
  const exercise = getExercise(plan.exerciseId);
  const p = plan.prescription;
  if (plan.sets > 1) b.say(`Set ${numberWords(plan.set)} of ${numberWords(plan.sets)}.`);
  if (p.kind === "reps") countReps(b, p, exercise, picker);
  else countHold(b, p, exercise, picker);
  b.say(picker.next("praise"));
  const restNow = next?.kind === "set" && next.blockIndex === plan.blockIndex;
  if (restNow && p.restSeconds > 0) restBetweenSets(b, p.restSeconds, picker);
  else if (plan.sets > 1 && plan.set === plan.sets) b.say(`That's ${exercise.name} done.`);
}

function speakCardio(
  b: SpeechBuilder,
  plan: CardioPlan,
  previous: SegmentPlan | undefined,
  picker: LinePicker,
): void {
  const endsBlock = plan.part === plan.parts;
  // The move's cue, unless its introduction has just said it.
  if (plan.part === 1 && previous?.kind !== "intro") b.say(getExercise(plan.exerciseId).cue);
  intervalBlock(b, plan.pieces, plan.exerciseId, endsBlock, picker);
  if (endsBlock) b.say(picker.next("blockDone"));
}

/** The closing question, which says what the user is agreeing to when they answer "yes". */
function askAbout(
  next: SegmentPlan,
  current: SegmentPlan,
  workout: Workout,
  picker: LinePicker,
): string {
  if (current.kind === "intro") return "Ready?";
  switch (next.kind) {
    case "set":
      return `Ready for set ${numberWords(next.set)}?`;
    case "intro":
      return picker.next("nextMove");
    case "cardio": {
      const piece = next.pieces[0];
      const block = workout.blocks[next.blockIndex];
      if (!piece || !block || block.prescription.kind !== "intervals") return "Ready?";
      if (next.part === 1) {
        const name = getExercise(next.exerciseId).name;
        return `Next, ${name}: ${describePhases(block.prescription.phases)}. Ready?`;
      }
      if (piece.from > 0) {
        return `Keep moving. Ready for the next ${durationWords(piece.to - piece.from)}?`;
      }
      const move = getExercise(piece.phase.exerciseId ?? next.exerciseId).name;
      const length = durationWords(piece.phase.seconds);
      return `Next: ${move}, ${length} ${intensityWord(piece.phase.intensity)}. Ready?`;
    }
  }
}

function speakFinish(b: SpeechBuilder, workout: Workout, picker: LinePicker): void {
  const moves = exerciseIdsOf(workout.blocks).length;
  b.say(
    `That's the end of ${workout.title}. ${picker.next("praise")} You did ${plural(moves, "move")} in about ${durationWords(workout.minutes * 60)}.`,
  ).say("Would you like a diet tip before you go?");
}
