/** Progress that adapts: how each move gets harder or easier for one user, a rating at a time. */
export { isRated, ladderOf, stepBounds, variantAt, variantsOf } from "./ladders";
export { isLevelWorkout, pullUpWorkoutAt } from "./pull-up-level";
export { type RatingResult, rateMoves } from "./rate-run";
export { fitsLadder, type Outcome, rateMove, ratingOfRepsLeft } from "./rules";
export { changeLine, levelLine, ratingAcknowledgement } from "./speak-progression";
export { applyTuning, parseTuning, type TunedRun, tuneWorkout } from "./tune";
export * from "./types";
