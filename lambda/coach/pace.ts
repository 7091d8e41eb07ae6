/**
 * How fast the coach counts reps, as the user sets it ("slower", "faster"). A pace is a factor
 * on each move's rep tempo; holds, rests and cardio phases are timed by the clock and never
 * change with it.
 *
 * The steps: the catalog's tempos are already training tempos (two seconds a rep in the
 * blaster's circuit, three or four for most moves), and a controlled rep takes roughly two to
 * four seconds. So there is one step faster (0.85: a 3 s rep becomes about 2.5 s, the 2 s
 * circuit rep 1.7 s; quicker than that is momentum rather than muscle), and three steps slower,
 * because a newcomer must never be rushed: at the slowest (1.6) the circuit rep takes 3.2 s,
 * well inside a controlled rep, and a 3 s rep 4.8 s, the slow lowering used to learn a move.
 * Slower still and a count stops feeling like a rhythm. Each step is a change a listener
 * notices (15-20% per step) without a jump.
 */
export const PACES = [0.85, 1, 1.2, 1.4, 1.6] as const;
export type Pace = (typeof PACES)[number];

/** The catalog's own tempo: every user starts here. */
export const STANDARD_PACE: Pace = 1;

export type PaceChange = "slower" | "faster";

export function isPace(value: unknown): value is Pace {
  return typeof value === "number" && (PACES as readonly number[]).includes(value);
}

/** The next step in that direction, or undefined at the slowest or fastest. */
export function changePace(pace: Pace, change: PaceChange): Pace | undefined {
  // A larger factor is a longer rep: slower is up the list.
  return PACES[PACES.indexOf(pace) + (change === "slower" ? 1 : -1)];
}

/** Seconds one rep takes at this pace, to the hundredth (the builder's clock resolution). */
export function pacedTempo(tempoSeconds: number, pace: Pace): number {
  return Math.round(tempoSeconds * pace * 100) / 100;
}
