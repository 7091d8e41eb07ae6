import { bestRanked } from "./best-ranked";
import { KITS, type Kit, kitEquipment, kitOf } from "./kit";
import type { Equipment, Level, Workout, WorkoutKind } from "./types";
import { WORKOUTS } from "./workouts";

/** What the user asked for and what we know of them; any part may be missing. */
export interface WorkoutRequest {
  readonly kind?: WorkoutKind;
  readonly minutes?: number;
  /** Said in this request ("I only have a band"): what is to hand today, and nothing else. */
  readonly equipment?: Equipment;
  /** What the user told us they have, remembered; softer than a workout asked for by name. */
  readonly kit?: Kit;
  readonly level?: Level;
}

/** How the length chosen compares with the length asked for. */
export type LengthFit = "fits" | "closest" | "shortest" | "longest";

export interface WorkoutChoice {
  readonly workout: Workout;
  /** The parts of the request that no workout could meet together, so were let go. */
  readonly relaxed: readonly (keyof WorkoutRequest)[];
  /** Longer than the longest that fits: the workouts to offer after it, in order. */
  readonly after: readonly Workout[];
  /** Present when a length was asked for. */
  readonly length?: LengthFit;
}

/** The signature workout, for "start a back workout" with nothing else said. */
export const DEFAULT_WORKOUT_ID = "back-fat-blaster";

/**
 * A workout's length in minutes, as the chooser compares it. The skill passes the length the
 * workout announces (its spoken estimate at the user's pace: announcedMinutes), so what it
 * picks for "twenty minutes" is what the user will hear; the guides' stated minutes stand in
 * where no voice is at hand.
 */
export type LengthOf = (workout: Workout) => number;

export const statedMinutes: LengthOf = (workout) => workout.minutes;

/** Within this many minutes of the ask, a workout simply fits and needs no word about length. */
const CLOSE_ENOUGH_MINUTES = 3;
/**
 * Advanced work is for those who say so: a user who named no level gets it only when it is
 * clearly the better fit, as if it were this many minutes further from what they asked.
 */
const UNASKED_ADVANCED_MINUTES = 3;
/** A pairing prefers a different workout next, as if the same again were this much further. */
const REPEAT_MINUTES = 5;
/** Twice through is what the guides do (the blaster); more of the same is not a plan. */
const MAX_REPEATS = 2;
/** A plan of at most this many workouts: four of the longest passes two hours. */
const MAX_PLAN = 4;

/**
 * Picks the workout that best fits a request. Kind, equipment and level filter; among what is
 * left, length picks the closest (the shorter on a tie, so it fits the time the user has),
 * then a workout that uses the user's kit, then the signature workout. When nothing fits
 * everything, the softest wishes are let go first: level, then the remembered kit (a workout
 * asked for by name may mean the user has its kit today), then kind; equipment said in the
 * request goes last, because it is what the user physically has. Asked for more than the
 * longest that fits, the rest of the time is filled with more workouts, as the guides turn
 * the fifteen-minute blaster into thirty by going twice through.
 */
export function chooseWorkout(
  request: WorkoutRequest,
  lengthOf: LengthOf = statedMinutes,
): WorkoutChoice {
  const dropOrder: (keyof WorkoutRequest)[] = ["level", "kit", "kind", "equipment"];
  const relaxed: (keyof WorkoutRequest)[] = [];
  let wish: WorkoutRequest = request;
  for (;;) {
    const pool = candidates(wish);
    if (pool.length > 0) return { ...choose(pool, wish, lengthOf), relaxed };
    const next = dropOrder.find((key) => wish[key] !== undefined);
    if (!next) break;
    relaxed.push(next);
    wish = { ...wish, [next]: undefined };
  }
  // Unreachable with a non-empty catalog: an empty wish matches every workout.
  throw new Error("The workout catalog is empty");
}

/** What the user can use: the kit said now, else the kit remembered; undefined is anything. */
function availableTo(request: WorkoutRequest): readonly Equipment[] | undefined {
  const { equipment, kit } = request;
  if (equipment !== undefined) {
    const named = kitOf(equipment);
    return named ? kitEquipment(named) : ["none", equipment];
  }
  return kit ? kitEquipment(kit) : undefined;
}

function candidates(request: WorkoutRequest): readonly Workout[] {
  const { kind, level } = request;
  const available = availableTo(request);
  return WORKOUTS.filter(
    (w) =>
      (kind === undefined || w.kinds.includes(kind)) &&
      (available === undefined || w.equipment.every((e) => available.includes(e))) &&
      (level === undefined || w.level === level),
  );
}

function choose(
  pool: readonly Workout[],
  request: WorkoutRequest,
  lengthOf: LengthOf,
): Omit<WorkoutChoice, "relaxed"> {
  const { minutes } = request;
  const workout = best(pool, request, minutes, [], lengthOf);
  if (minutes === undefined) return { workout, after: [] };
  const lengths = pool.map(lengthOf);
  const off = lengthOf(workout) - minutes;
  if (minutes < Math.min(...lengths) && off >= CLOSE_ENOUGH_MINUTES)
    return { workout, after: [], length: "shortest" };
  const longest = Math.max(...lengths);
  if (minutes > longest + CLOSE_ENOUGH_MINUTES) {
    // The longest first, then the rest of the time filled.
    const first = best(pool, request, longest, [], lengthOf);
    return {
      workout: first,
      after: followOns(pool, request, minutes, first, lengthOf),
      length: "longest",
    };
  }
  return { workout, after: [], length: Math.abs(off) < CLOSE_ENOUGH_MINUTES ? "fits" : "closest" };
}

/** The rest of a long session: each next workout the closest to the time still left. */
function followOns(
  pool: readonly Workout[],
  request: WorkoutRequest,
  minutes: number,
  first: Workout,
  lengthOf: LengthOf,
): Workout[] {
  const plan = [first];
  let left = minutes - lengthOf(first);
  while (left >= CLOSE_ENOUGH_MINUTES && plan.length < MAX_PLAN) {
    const open = pool.filter((w) => plan.filter((p) => p.id === w.id).length < MAX_REPEATS);
    if (open.length === 0) break;
    const next = best(open, request, left, plan, lengthOf);
    // Only if it brings the total closer to what was asked.
    if (Math.abs(lengthOf(next) - left) >= left) break;
    plan.push(next);
    left -= lengthOf(next);
  }
  return plan.slice(1);
}

/** The best of the pool for a length (or none asked), ranked as chooseWorkout says. */
function best(
  pool: readonly Workout[],
  request: WorkoutRequest,
  minutes: number | undefined,
  plan: readonly Workout[],
  lengthOf: LengthOf,
): Workout {
  // A piece named now ("gym machines") is what to use; a kit, anything in it beyond the floor.
  const named = request.equipment;
  const available = availableTo(request);
  const usesKit = (w: Workout): boolean =>
    named !== undefined && named !== "none"
      ? w.equipment.includes(named)
      : available !== undefined && w.equipment.some((e) => e !== "none" && available.includes(e));
  const distance = (w: Workout): number =>
    (minutes === undefined ? 0 : Math.abs(lengthOf(w) - minutes)) +
    (request.level === undefined && w.level === "advanced" ? UNASKED_ADVANCED_MINUTES : 0) +
    (plan.some((p) => p.id === w.id) ? REPEAT_MINUTES : 0);
  const rank = (w: Workout): readonly number[] => [
    distance(w),
    minutes === undefined ? 0 : lengthOf(w),
    usesKit(w) ? 0 : 1,
    w.id === DEFAULT_WORKOUT_ID ? 0 : 1,
  ];
  // The pool keeps catalog order, so a full tie goes to the workout listed first.
  return bestRanked(pool, rank);
}

/**
 * Whether, not knowing the user's kit, we should ask before picking: only when we would
 * otherwise hand them a workout that needs kit they may not have, and what they have would
 * change the pick. A bare "start a workout" is the signature workout, and a kind whose every
 * workout needs kit ("the back fat blaster", "pull-ups") says the user has it: not asked.
 */
export function dependsOnKit(request: WorkoutRequest, lengthOf: LengthOf = statedMinutes): boolean {
  const { kind, minutes, level, equipment, kit } = request;
  if (equipment !== undefined || kit !== undefined) return false;
  if (kind === undefined && minutes === undefined && level === undefined) return false;
  const needsKit = (w: Workout): boolean => w.equipment.some((e) => e !== "none");
  const ofKind = WORKOUTS.filter((w) => kind === undefined || w.kinds.includes(kind));
  if (ofKind.every(needsKit)) return false;
  // What we would pick anyway needs only the floor: it suits everyone ("a home workout").
  const blind = chooseWorkout(request, lengthOf);
  if (![blind.workout, ...blind.after].some(needsKit)) return false;
  const picks = new Set(
    KITS.map((k) => chooseWorkout({ ...request, kit: k }, lengthOf).workout.id),
  );
  return picks.size > 1;
}
