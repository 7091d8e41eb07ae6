// Its estimates may be of a run tuned to the user, known to no file: the renderer works them out.
import "./segments/rendered-seconds";
import type { Voice } from "../i18n/voice";
import type { Workout } from "./catalog/types";
import type { Variety } from "./lines";
import type { Pace } from "./pace";
import { deliveryFor, segmentSeconds } from "./segments/estimates";
import type { SegmentPlan } from "./segments/plan";
import { asksFeedbackAfter, type SpokenSegment, speakSegment } from "./segments/speak-segment";
import { ALEXA_LIMITS } from "./speech/limits";
import { type Countdown, type Speech, SpeechBuilder } from "./speech/ssml-builder";
import { summarizeWork, type WorkDone, type WorkSummary, withHeard } from "./work-done";

/**
 * Hands-free: one answer runs on through consecutive segments, and the coach asks only at a
 * natural rest between moves or where the answer reaches its limits.
 *
 * Where the coach stops to ask (`stopsAfter`), from the plan:
 * - never inside a move: an introduction runs into its first set after a few seconds to get
 *   into position, a set into the next after its timed rest (the rest is already inside the
 *   set's speech: its clock, its heads-up ten seconds before), a long cardio block's parts
 *   into each other (the clock is still running);
 * - not before a cardio block: guide 002 has each strength move "followed straight away" by
 *   its two minutes of cardio, and a cardio block needs no kit and no new position;
 * - before a strength move or a hold: the user puts down or picks up kit, or gets down on the
 *   floor, after the hard minute they have just done: the natural rest, with time to breathe;
 * - before a labelled block (a second round, a warm-up, a finish): the end of a round;
 * - at "how was that?", which is a question of its own;
 * - where the next segment would take the answer past the budget below.
 */

/**
 * The user is hands-free, and this much is said before the workout in the same answer (the
 * health note, "Picking up where you left off."): the run fits in what is left of the answer.
 */
export interface HandsFree {
  readonly leadSeconds: number;
}

/** Room kept for the estimate's error (about a tenth of a second a sentence) and the markup. */
const MARGIN_SECONDS = 5;
const LEAD_RESERVE_CHARACTERS = 1500;
/**
 * One answer's speech, before its lead: our 240-second rule (speech/limits.ts) and Alexa's
 * 8,000 characters, less the margin and the room for the lead's words.
 */
export const RUN_BUDGET = {
  seconds: ALEXA_LIMITS.maxSpeechSeconds - MARGIN_SECONDS,
  characters: ALEXA_LIMITS.maxSsmlCharacters - LEAD_RESERVE_CHARACTERS,
} as const;

/** A segment spoken after the first in a hands-free answer: where it starts, and how long. */
export interface RunSegment {
  readonly index: number;
  /** Seconds into the run's speech. */
  readonly startsAt: number;
  readonly seconds: number;
  /** The variety in force before it, so the user placed inside it hears it word for word. */
  readonly varietyAtSegment: Variety;
}

/** A run of segments said in one answer. `segments` is every one of them, in order. */
export interface SpokenRun extends Speech {
  readonly segments: readonly RunSegment[];
  /** The variety after the last segment. */
  readonly variety: Variety;
  /** When the run closes the workout: the work done, every segment of the run included. */
  readonly closing?: WorkSummary;
  readonly asksFeedback?: true;
}

/** True when the coach asks after segment `index` (the rules above), limits aside. */
export function stopsAfter(
  workout: Workout,
  plans: readonly SegmentPlan[],
  index: number,
): boolean {
  const plan = plans[index];
  const next = plans[index + 1];
  if (!plan || !next) return true;
  if (asksFeedbackAfter(workout, plan)) return true;
  if (next.blockIndex === plan.blockIndex) return false;
  const block = workout.blocks[next.blockIndex];
  return block?.prescription.kind !== "intervals" || block.label !== undefined;
}

/**
 * Speaks segments from `from` on in one answer, each but the last flowing into the next, as
 * far as `stopsAfter` and the budget (less the lead) allow; the first is always said. `done` is the work heard before the answer; a run
 * that reaches the workout's end counts all of its own segments in the closing line (they are
 * behind the user by the time it is said).
 */
export function speakRun(
  v: Voice,
  workout: Workout,
  from: number,
  variety: Variety,
  pace: Pace,
  done: WorkDone,
  plans: readonly SegmentPlan[],
  { leadSeconds }: HandsFree,
): SpokenRun {
  const budget = RUN_BUDGET.seconds - leadSeconds;
  const delivery = deliveryFor(v, workout, pace);
  const b = new SpeechBuilder();
  const segments: RunSegment[] = [];
  let characters = 0;
  let index = from;
  let at = variety;
  let heard = done;
  const estimates = segmentSeconds(v, workout, pace);
  const closingAt = (i: number, work: WorkDone) =>
    i === plans.length - 1
      ? summarizeWork(workout, withHeard(workout, work, i, estimates[i] ?? 0))
      : undefined;
  const render = (i: number, before: Variety, work: WorkDone, flowing: boolean): SpokenSegment =>
    speakSegment(v, workout, plans, i, before, delivery, closingAt(i, work), flowing);
  for (;;) {
    const asking = render(index, at, heard, false);
    const add = (spoken: SpokenSegment) => {
      segments.push({
        index,
        startsAt: round(b.elapsed),
        seconds: spoken.estimatedSeconds,
        varietyAtSegment: at,
      });
      b.include(spoken);
      characters += spoken.ssml.length;
    };
    if (stopsAfter(workout, plans, index)) {
      add(asking);
      return finish(b, segments, asking, closingAt(index, heard));
    }
    const flowing = render(index, at, heard, true);
    const after = withHeard(workout, heard, index, flowing.estimatedSeconds);
    const next = render(index + 1, flowing.variety, after, false);
    const seconds = b.elapsed + flowing.estimatedSeconds + next.estimatedSeconds;
    const length = characters + flowing.ssml.length + next.ssml.length;
    if (seconds > budget || length > RUN_BUDGET.characters) {
      add(asking);
      return finish(b, segments, asking, closingAt(index, heard));
    }
    add(flowing);
    at = flowing.variety;
    heard = after;
    index += 1;
  }
}

function finish(
  b: SpeechBuilder,
  segments: readonly RunSegment[],
  last: SpokenSegment,
  closing: WorkSummary | undefined,
): SpokenRun {
  const speech = b.build();
  const countdowns: readonly Countdown[] | undefined = speech.countdowns;
  return {
    ssml: speech.ssml,
    estimatedSeconds: speech.estimatedSeconds,
    ...(countdowns ? { countdowns } : {}),
    segments,
    variety: last.variety,
    ...(closing ? { closing } : {}),
    ...(last.asksFeedback ? { asksFeedback: true as const } : {}),
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
