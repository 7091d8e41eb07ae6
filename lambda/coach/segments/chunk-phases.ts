import type { IntervalPhase } from "../catalog/types";
import type { PhasePiece } from "./plan";

/**
 * The most timed activity one response coaches. Three minutes keeps every response well inside
 * Alexa's 240 seconds even with its lead-in and closing question, and matches the longest
 * interval the guides prescribe in one go (guide 001's three-minute rows).
 */
export const MAX_CHUNK_SECONDS = 180;

/**
 * Splits a cardio block into response-sized chunks. Phases longer than a chunk are cut into
 * equal parts; short phases are packed together, and a chunk prefers to end after an easy or
 * steady phase, so the pause while the user answers falls in a recovery, not in a hard burst.
 */
export function chunkPhases(
  phases: readonly IntervalPhase[],
  maxSeconds = MAX_CHUNK_SECONDS,
): PhasePiece[][] {
  const pieces = phases.flatMap((phase, phaseIndex) => splitPhase(phase, phaseIndex, maxSeconds));
  const chunks: PhasePiece[][] = [];
  let current: PhasePiece[] = [];
  for (const piece of pieces) {
    while (current.length > 0 && secondsIn(current) + secondsIn([piece]) > maxSeconds) {
      const cut = lastGoodCut(current) || current.length;
      chunks.push(current.slice(0, cut));
      current = current.slice(cut);
    }
    current.push(piece);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function secondsIn(pieces: readonly PhasePiece[]): number {
  return pieces.reduce((sum, piece) => sum + piece.to - piece.from, 0);
}

/** How many leading pieces to keep so the chunk ends outside a hard burst (0: no such place). */
function lastGoodCut(pieces: readonly PhasePiece[]): number {
  for (let i = pieces.length; i > 0; i--) {
    const piece = pieces[i - 1];
    if (piece && (piece.phase.intensity !== "hard" || piece.to < piece.phase.seconds)) return i;
  }
  return 0;
}

function splitPhase(phase: IntervalPhase, phaseIndex: number, maxSeconds: number): PhasePiece[] {
  const parts = Math.ceil(phase.seconds / maxSeconds);
  const pieces: PhasePiece[] = [];
  for (let part = 0; part < parts; part++) {
    pieces.push({
      phaseIndex,
      phase,
      from: Math.round((phase.seconds * part) / parts),
      to: Math.round((phase.seconds * (part + 1)) / parts),
    });
  }
  return pieces;
}
