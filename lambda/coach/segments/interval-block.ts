import { getExercise } from "../catalog";
import type { IntervalPhase } from "../catalog/types";
import type { LinePicker } from "../lines";
import { durationWords, numberWords } from "../speech/numbers";
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
 */
export function intervalBlock(
  b: SpeechBuilder,
  pieces: readonly PhasePiece[],
  blockExerciseId: string,
  endsBlock: boolean,
  picker: LinePicker,
): void {
  const first = pieces[0];
  if (!first) return;
  b.say(
    phaseCall(first, undefined, blockExerciseId),
    first.phase.intensity === "hard" ? "strong" : undefined,
  );
  const start = b.elapsed;
  const cues: Cue[] = [];
  let offset = 0;
  pieces.forEach((piece, i) => {
    if (i > 0) {
      const previous = pieces[i - 1];
      cues.push({
        at: offset,
        text: phaseCall(piece, previous, blockExerciseId),
        ...(piece.phase.intensity === "hard" ? { emphasis: "strong" as const } : {}),
      });
    }
    const isLastPiece = i === pieces.length - 1;
    cues.push(...phaseMarks(piece, offset, !isLastPiece || endsBlock));
    offset += piece.to - piece.from;
  });
  cues.sort((x, y) => x.at - y.at);
  for (const cue of withEncouragement(cues, pieces, picker)) {
    b.at(start + cue.at, cue.text, cue.emphasis);
  }
  if (endsBlock) b.at(start + offset, "And stop!");
  else b.padTo(start + offset);
}

/** What the coach says as a phase (or the rest of one) begins. */
function phaseCall(
  piece: PhasePiece,
  previous: PhasePiece | undefined,
  blockExerciseId: string,
): string {
  const { phase } = piece;
  const left = durationWords(phase.seconds - piece.from);
  if (piece.from > 0) return `Keep going, ${intensityWord(phase.intensity)} pace: ${left} to go.`;
  const move = moveName(phase, blockExerciseId);
  const changedMove = previous !== undefined && moveName(previous.phase, blockExerciseId) !== move;
  const what = changedMove || previous === undefined ? `${capitalize(move)}, ` : "";
  if (previous === undefined) {
    return `${what}${left}, ${paceWords(phase)}. Go!`;
  }
  if (phase.intensity === "hard") {
    const call = isBurst(phase) ? "Now go hard!" : "Now pick up the pace!";
    return `${call} ${capitalize(`${what}${left}`)}.`;
  }
  return `Ease off. ${capitalize(`${what}${left}`)}, ${paceWords(phase)}.`;
}

function paceWords(phase: IntervalPhase): string {
  if (phase.intensity !== "hard") return `${intensityWord(phase.intensity)} pace`;
  return isBurst(phase) ? "as hard as you can" : "fast pace";
}

/** A hard stretch of a minute or less is all-out; a longer one is a fast pace you can hold. */
function isBurst(phase: IntervalPhase): boolean {
  return phase.intensity === "hard" && phase.seconds <= 60;
}

function moveName(phase: IntervalPhase, blockExerciseId: string): string {
  return getExercise(phase.exerciseId ?? blockExerciseId).name;
}

/** Marks inside one piece, at seconds from the start of the timed stretch. */
function phaseMarks(piece: PhasePiece, offset: number, countIntoEnd: boolean): Cue[] {
  const { seconds } = piece.phase;
  const marks: { at: number; text: string }[] = [];
  for (let minutes = Math.floor((seconds - 1) / 60); minutes >= 1 && seconds >= 120; minutes--) {
    marks.push({
      at: seconds - minutes * 60,
      text:
        minutes === 1 ? "One minute to go." : `${capitalize(numberWords(minutes))} minutes to go.`,
    });
  }
  if (seconds >= 60) marks.push({ at: seconds - 30, text: "Thirty seconds left." });
  else if (seconds >= 20) marks.push({ at: seconds / 2, text: "Halfway." });

  const endsPhaseHere = piece.to === seconds;
  // The three-two-one leads into the next phase or the block's end; a chunk that stops for the
  // user's answer ends on its question instead.
  const countdown = endsPhaseHere && countIntoEnd ? [3, 2, 1] : [];
  const pieceLength = piece.to - piece.from;
  const cues: Cue[] = marks
    .filter(
      (m) =>
        m.at >= piece.from + MIN_SECONDS_BETWEEN_CUES &&
        m.at <= piece.to - MIN_SECONDS_BETWEEN_CUES,
    )
    .map((m) => ({ at: offset + m.at - piece.from, text: m.text }));
  for (const n of countdown) cues.push({ at: offset + pieceLength - n, text: numberWords(n) });
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
