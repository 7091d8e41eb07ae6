import type { Voice } from "../../i18n/voice";
import type { IntervalPhase } from "../catalog/types";
import type { LinePicker } from "../lines";
import type { EmphasisLevel, SpeechBuilder } from "../speech/ssml-builder";
import { capitalize } from "../speech/text";
import { intensityWord } from "./describe";
import type { PhasePiece } from "./plan";

/** With this much quiet between two cues, the coach drops in a word of encouragement. */
const ENCOURAGE_AFTER_SECONDS = 20;
/** No mark closer than this to a phase change: the two would talk over each other. */
const MIN_SECONDS_BETWEEN_CUES = 5;

interface Cue {
  /** Seconds from the start of the timed stretch. */
  readonly at: number;
  readonly text: string;
  readonly emphasis?: EmphasisLevel;
}

/**
 * Coaches a timed stretch of a cardio block. The clock starts as the first phase's call ends
 * ("One minute, moderate pace. Go!"), so a nominal minute is a minute of work. Each phase gets
 * its call, a mark (thirty seconds left, or halfway for short phases; minute marks for long
 * ones), encouragement in long quiet stretches, and a three-two-one into the next phase.
 *
 * `blockExerciseId` names the move when a phase does not; `endsBlock` says whether the last
 * phase here also ends the block ("And stop!"), rather than pausing for the user's answer.
 * Returns when each piece's clock starts, in seconds from the start of the response: the
 * timeline a cut-off is placed on.
 */
export function intervalBlock(
  b: SpeechBuilder,
  v: Voice,
  pieces: readonly PhasePiece[],
  blockExerciseId: string,
  endsBlock: boolean,
  picker: LinePicker,
): number[] {
  const first = pieces[0];
  if (!first) return [];
  b.say(
    phaseCall(v, first, undefined, blockExerciseId),
    first.phase.intensity === "hard" ? "strong" : undefined,
  );
  const start = b.elapsed;
  const cues: Cue[] = [];
  const starts: number[] = [];
  let offset = 0;
  pieces.forEach((piece, i) => {
    starts.push(start + offset);
    // The clock reads what is left of the phase: "thirty seconds left" is 0:30 on it.
    b.countdown(piece.phase.intensity, piece.phase.seconds - piece.from, start + offset);
    if (i > 0) {
      const previous = pieces[i - 1];
      cues.push({
        at: offset,
        text: phaseCall(v, piece, previous, blockExerciseId),
        ...(piece.phase.intensity === "hard" ? { emphasis: "strong" as const } : {}),
      });
    }
    cues.push(...phaseMarks(v, piece, offset));
    offset += piece.to - piece.from;
  });
  cues.sort((x, y) => x.at - y.at);
  for (const cue of withEncouragement(cues, pieces, picker)) {
    b.at(start + cue.at, cue.text, cue.emphasis);
  }
  // Every phase that ends here ends the same way, "three, two, one... And stop!", whether the
  // block goes on after the user's answer or not; a chunk cut mid-phase just hands over.
  const last = pieces[pieces.length - 1];
  if (endsBlock || (last && last.to === last.phase.seconds))
    b.at(start + offset, v.say("intervals.andStop"));
  else b.padTo(start + offset);
  return starts;
}

/** What the coach says as a phase (or the rest of one) begins. */
function phaseCall(
  v: Voice,
  piece: PhasePiece,
  previous: PhasePiece | undefined,
  blockExerciseId: string,
): string {
  const { phase } = piece;
  const left = v.duration(phase.seconds - piece.from);
  if (piece.from > 0)
    return v.say("intervals.keepGoing", { intensity: intensityWord(v, phase.intensity), left });
  const move = moveName(v, phase, blockExerciseId);
  const exercise = capitalize(move);
  if (previous === undefined) {
    return v.say("intervals.firstPhase", { exercise, left, pace: paceWords(v, phase) });
  }
  const named = moveName(v, previous.phase, blockExerciseId) !== move;
  if (phase.intensity === "hard") {
    const call = v.say(isBurst(phase) ? "intervals.goHard" : "intervals.pickUpThePace");
    const change = named
      ? v.say("intervals.changeNamed", { exercise, left })
      : v.say("intervals.change", { left: capitalize(left) });
    return `${call} ${change}`;
  }
  const pace = paceWords(v, phase);
  return named
    ? v.say("intervals.easeOffNamed", { exercise, left, pace })
    : v.say("intervals.easeOff", { left: capitalize(left), pace });
}

function paceWords(v: Voice, phase: IntervalPhase): string {
  if (phase.intensity !== "hard")
    return v.say("intervals.pace", { intensity: intensityWord(v, phase.intensity) });
  return v.say(isBurst(phase) ? "intervals.allOut" : "intervals.fastPace");
}

/** A hard stretch of a minute or less is all-out; a longer one is a fast pace you can hold. */
function isBurst(phase: IntervalPhase): boolean {
  return phase.intensity === "hard" && phase.seconds <= 60;
}

function moveName(v: Voice, phase: IntervalPhase, blockExerciseId: string): string {
  return v.exercise(phase.exerciseId ?? blockExerciseId).name;
}

/** Marks inside one piece, at seconds from the start of the timed stretch. */
function phaseMarks(v: Voice, piece: PhasePiece, offset: number): Cue[] {
  const { seconds } = piece.phase;
  const marks: { at: number; text: string }[] = [];
  for (let minutes = Math.floor((seconds - 1) / 60); minutes >= 1 && seconds >= 120; minutes--) {
    marks.push({
      at: seconds - minutes * 60,
      text:
        minutes === 1
          ? v.say("intervals.oneMinuteToGo")
          : v.say("intervals.minutesToGo", { minutes: capitalize(v.number(minutes)) }),
    });
  }
  if (seconds >= 60) marks.push({ at: seconds - 30, text: v.say("intervals.thirtySecondsLeft") });
  else if (seconds >= 20) marks.push({ at: seconds / 2, text: v.say("intervals.halfway") });

  const endsPhaseHere = piece.to === seconds;
  // The three-two-one leads into the next phase or the phase's end; a chunk cut mid-phase
  // (the phase goes on after the user's answer) has no end to count into.
  const countdown = endsPhaseHere ? [3, 2, 1] : [];
  const pieceLength = piece.to - piece.from;
  const cues: Cue[] = marks
    .filter(
      (m) =>
        m.at >= piece.from + MIN_SECONDS_BETWEEN_CUES &&
        m.at <= piece.to - MIN_SECONDS_BETWEEN_CUES,
    )
    .map((m) => ({ at: offset + m.at - piece.from, text: m.text }));
  for (const n of countdown) cues.push({ at: offset + pieceLength - n, text: v.number(n) });
  return cues;
}

/** Adds a rotating line of encouragement in the middle of each long quiet stretch. */
function withEncouragement(
  cues: readonly Cue[],
  pieces: readonly PhasePiece[],
  picker: LinePicker,
): Cue[] {
  const end = pieces.reduce((sum, piece) => sum + piece.to - piece.from, 0);
  const times = [0, ...cues.map((cue) => cue.at), end];
  const result: Cue[] = [];
  for (let i = 0; i < times.length - 1; i++) {
    const from = times[i] ?? 0;
    const to = times[i + 1] ?? end;
    if (to - from >= ENCOURAGE_AFTER_SECONDS) {
      const middle = Math.round((from + to) / 2);
      const hard = intensityAt(pieces, middle) === "hard";
      result.push({ at: middle, text: picker.next(hard ? "push" : "steady") });
    }
    const cue = cues[i];
    if (cue) result.push(cue);
  }
  return result;
}

function intensityAt(
  pieces: readonly PhasePiece[],
  at: number,
): IntervalPhase["intensity"] | undefined {
  let offset = 0;
  for (const piece of pieces) {
    offset += piece.to - piece.from;
    if (at < offset) return piece.phase.intensity;
  }
  return undefined;
}
