import { getExercise } from "../coach/catalog";
import type { Prescription, Workout } from "../coach/catalog/types";
import { positionOf, type WorkoutProgress, workoutOf } from "../coach/position";
import { planFor } from "../coach/segments/compile";
import type { SegmentPlan } from "../coach/segments/plan";

import { capitalize } from "../coach/speech/text";
import { deepFreeze } from "../deep-freeze";
import type { Voice } from "../i18n/voice";
import type { Button } from "./buttons";
import { clockText } from "./clock";
import { buttonsOf, labels, type Screen } from "./screen";

/** A segment an answer speaks, and when it starts: seconds from the start of the answer. */
export interface ScreenPage {
  readonly segmentIndex: number;
  readonly startsAt: number;
}

/** Longer than any answer: the last page stays up for the rest of the screen. */
const FOREVER_MS = 24 * 60 * 60 * 1000;

/**
 * The workout screen for the segment a turn speaks: title, move, set and reps or the phases,
 * progress, the next move, and the buttons (Ready while the segment ends on a question). The
 * countdown's clocks are added at render time, from the speech's own timeline.
 */
export function workoutScreen(
  v: Voice,
  progress: WorkoutProgress,
  segmentIndex: number,
  asking: boolean,
): Screen {
  // One page, up for the whole answer: the common case, made once per page and kept.
  const page = pageOf(v, progress, segmentIndex);
  let made = screensAlone.get(page);
  if (!made) {
    made = {};
    screensAlone.set(page, made);
  }
  const key = asking ? "asking" : "going";
  let screen = made[key];
  if (!screen) {
    const alone = { ...page, shownFrom: 0, shownUntil: FOREVER_MS };
    screen = deepFreeze(screenOf([alone], workoutButtons(v, asking)));
    made[key] = screen;
  }
  return screen;
}

/** Each page's screen when it is the answer's only one, asking or not (frozen: shared). */
const screensAlone = new WeakMap<Page, { asking?: Screen; going?: Screen }>();

/**
 * The workout screen for an answer that speaks several segments (hands-free): one page per
 * segment, each shown from the moment its segment starts in the answer until the next one
 * does, so the display follows the voice. The document shows the page whose time it is, on
 * the same clock as the countdowns.
 */
export function workoutRunScreen(
  v: Voice,
  progress: WorkoutProgress,
  pages: readonly ScreenPage[],
  asking: boolean,
): Screen {
  const [first] = pages;
  if (pages.length === 1 && first) return workoutScreen(v, progress, first.segmentIndex, asking);
  const ms = (seconds: number) => Math.round(seconds * 1000);
  return screenOf(
    pages.map((page, i) => {
      const next = pages[i + 1];
      return {
        ...pageOf(v, progress, page.segmentIndex),
        // The first page is up from the start, while any words before the workout are said.
        shownFrom: i === 0 ? 0 : ms(page.startsAt),
        shownUntil: next ? ms(next.startsAt) : FOREVER_MS,
      };
    }),
    workoutButtons(v, asking),
  );
}

function screenOf(pages: readonly Page[], buttons: ReturnType<typeof buttonsOf>): Screen {
  return { document: "workout", data: { pages, buttons } };
}

/**
 * The workout's buttons: Pause, Repeat, Skip, Next, and Ready when the answer asks. Two sets
 * per voice, made once (the screen's data is serialized, never changed).
 */
function workoutButtons(v: Voice, asking: boolean): ReturnType<typeof buttonsOf> {
  let sets = buttonsByVoice.get(v);
  if (!sets) {
    const words = labels(v);
    sets = {
      asking: buttonsOf(words, [...WORKOUT_ACTIONS, "ready"], ["pause", "ready"]),
      going: buttonsOf(words, WORKOUT_ACTIONS, ["pause", "next"]),
    };
    buttonsByVoice.set(v, sets);
  }
  return asking ? sets.asking : sets.going;
}

const WORKOUT_ACTIONS: readonly Button[] = ["pause", "repeat", "skip", "next"];
const buttonsByVoice = new WeakMap<
  Voice,
  { readonly asking: ReturnType<typeof buttonsOf>; readonly going: ReturnType<typeof buttonsOf> }
>();

/**
 * What the screen says of one segment: words of the run's workout (the catalog's, tuned) alone,
 * so each segment's page is made once per voice and run and found again on every later turn.
 */
function pageOf(v: Voice, progress: WorkoutProgress, segmentIndex: number): Page {
  const workout = workoutOf(progress);
  let byWorkout = pagesByVoice.get(v);
  if (!byWorkout) {
    byWorkout = new WeakMap();
    pagesByVoice.set(v, byWorkout);
  }
  let pages = byWorkout.get(workout);
  if (!pages) {
    pages = new Map();
    byWorkout.set(workout, pages);
  }
  let page = pages.get(segmentIndex);
  if (!page) {
    page = makePage(v, progress, segmentIndex);
    pages.set(segmentIndex, page);
  }
  return page;
}

const pagesByVoice = new WeakMap<Voice, WeakMap<Workout, Map<number, Page>>>();

/** What the screen shows of one segment. */
type Page = Readonly<Record<string, string | number>>;

function makePage(v: Voice, progress: WorkoutProgress, segmentIndex: number): Page {
  const position = positionOf({ ...progress, segmentIndex });
  const { workout, segment } = position;
  const plans = planFor(workout);
  const block = workout.blocks[segment.blockIndex];
  const nextBlock = workout.blocks[segment.blockIndex + 1];
  return {
    title: capitalize(v.workout(workout.id).title),
    move: capitalize(v.exercise(segment.exerciseId).name),
    detail: block ? detailOf(v, segment, block.prescription) : "",
    progress: v.say("screen.moveOf", { move: position.moveNumber, moves: position.moves }),
    // How far through the workout's segments, before this one: a bar, not a promise of time.
    percent: Math.round((segmentIndex / plans.length) * 100),
    next: nextBlock
      ? v.say("screen.nextMove", { exercise: v.exercise(nextBlock.exerciseId).name })
      : v.say("screen.lastMove"),
  };
}

/** "Set 2 of 3 · 12 reps", "Hold 0:30", "Moderate 1:00 · Hard 1:00". */
function detailOf(v: Voice, segment: SegmentPlan, p: Prescription): string {
  const oneSided = getExercise(segment.exerciseId).oneSided;
  if (p.kind === "intervals") {
    const pieces =
      segment.kind === "cardio"
        ? segment.pieces.map((piece) => ({
            ...piece.phase,
            seconds: piece.phase.seconds - piece.from,
          }))
        : p.phases;
    return pieces
      .map((phase) =>
        v.say("screen.phase", {
          intensity: v.say(`screen.clocks.${phase.intensity}`),
          time: clockText(phase.seconds),
        }),
      )
      .join(" · ");
  }
  const amount =
    p.kind === "reps"
      ? v.say(oneSided ? "screen.repsEachSide" : "screen.reps", { count: p.reps })
      : v.say(oneSided ? "screen.holdEachSide" : "screen.hold", { time: clockText(p.seconds) });
  const sets = segment.kind === "set" ? segment.sets : p.sets;
  if (sets <= 1) return amount;
  const set = segment.kind === "set" ? segment.set : 1;
  return `${v.say("screen.setOf", { set, sets })} · ${amount}`;
}
