/**
 * The spoken coaching engine: workouts in, speech and plain-data state out. Nothing here
 * imports ask-sdk or the AWS SDK, reads a clock or touches storage.
 */
export * from "./catalog";
export { closingQuestion } from "./closing-question";
export { type HandsFree, RUN_BUDGET, type RunSegment, stopsAfter } from "./hands-free";
export { howToDo } from "./how-to";
export {
  FRESH_VARIETY,
  isLineCategory,
  LINE_CATEGORIES,
  type LineCategory,
  type Variety,
} from "./lines";
export * from "./nutrition/calories";
export * from "./nutrition/guidance";
export * from "./nutrition/profile";
export * from "./nutrition/profile-input";
export * from "./nutrition/speak-nutrition";
export * from "./nutrition/tips";
export * from "./nutrition/units";
export * from "./pace";
export * from "./plan/plan-input";
export * from "./plan/speak-pick";
export * from "./plan/todays-pick";
export * from "./plan/training-load";
export * from "./position";
export * from "./progress/calendar";
export * from "./progress/speak-progress";
export * from "./progress/weekly";
export * from "./progression";
export * from "./reminders/schedule";
export * from "./reminders/speak-reminders";
export { compileWorkout, planFor } from "./segments/compile";
export { intensityWord } from "./segments/describe";
export {
  announcedMinutes,
  deliveryFor,
  estimatedWorkoutSeconds,
  type KnownEstimates,
  readyToEstimate,
  segmentSeconds,
  useKnownEstimates,
} from "./segments/estimates";
export type { SegmentPlan } from "./segments/plan";
export { renderedSeconds } from "./segments/rendered-seconds";
export {
  asksFeedbackAfter,
  type Delivery,
  type SpokenSegment,
  speakSegment,
} from "./segments/speak-segment";
export * from "./session";
export { ALEXA_LIMITS, findLimitViolations, type LimitViolation } from "./speech/limits";
export { estimateSpeechSeconds, WORDS_PER_SECOND } from "./speech/speech-rate";
export {
  type Countdown,
  type CountdownLabel,
  escapeSsmlText,
  type Speech,
  SpeechBuilder,
} from "./speech/ssml-builder";
export {
  estimateSsmlSeconds,
  type SpokenPiece,
  type SsmlTimeline,
  ssmlTimeline,
} from "./speech/ssml-seconds";
export * from "./stopped";
export * from "./work-done";
