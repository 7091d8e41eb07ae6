// Its estimates may be of a run tuned to the user, known to no file: the renderer works them out.
import "./segments/rendered-seconds";
import type { Voice } from "../i18n/voice";
import { type Pace, STANDARD_PACE } from "./pace";
import { type WorkoutProgress, workoutOf } from "./position";
import { planFor } from "./segments/compile";
import { deliveryFor } from "./segments/estimates";
import { speakSegment } from "./segments/speak-segment";

/**
 * The question the current segment ended with ("Ready for set two?"), word for word, so an
 * answer given in between (a change of pace) can hand the workout back exactly where it was.
 * Rendered the way "repeat" renders it, from the variety in force before the segment; a
 * rotating line in the question comes out the same. Undefined after the closing segment.
 */
export function closingQuestion(
  v: Voice,
  progress: WorkoutProgress,
  pace: Pace = STANDARD_PACE,
): string | undefined {
  const workout = workoutOf(progress);
  const plans = planFor(workout);
  if (progress.segmentIndex >= plans.length) return undefined;
  return speakSegment(
    v,
    workout,
    plans,
    progress.segmentIndex,
    progress.varietyAtSegment,
    deliveryFor(v, workout, pace),
  ).question;
}
