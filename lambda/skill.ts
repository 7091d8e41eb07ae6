import { SkillBuilders } from "ask-sdk-core";
import { alexaSettingsTimeZone } from "./conversation/time-zone";
import { type BackCoachSkill, guarded } from "./envelope-guard";
import { ProteinHandler, SpotReductionHandler, WaterHandler } from "./handlers/answers";
import {
  confirmDeleteHandler,
  DeleteDataHandler,
  KeepDataHandler,
  skillDisabledHandler,
} from "./handlers/delete-data";
import { DietTipHandler } from "./handlers/diet-tip";
import { errorHandler } from "./handlers/error-handler";
import { FallbackHandler, UnhandledHandler } from "./handlers/fallback";
import { HelpHandler } from "./handlers/help";
import { LaunchHandler } from "./handlers/launch";
import { PauseHandler, ResumeHandler } from "./handlers/pause-resume";
import {
  CalorieTargetHandler,
  ProfileReadHandler,
  StoredDataHandler,
  UpdateProfileHandler,
  WeightLossTimeHandler,
} from "./handlers/profile";
import { lastWorkoutHandler, weeklyProgressHandler } from "./handlers/progress";
import { sessionEndedHandler } from "./handlers/session-ended";
import { ListWorkoutsHandler, StartWorkoutHandler } from "./handlers/start-workout";
import { StopHandler } from "./handlers/stop";
import { HowToHandler, TimeLeftHandler, WhatsNextHandler } from "./handlers/workout-info";
import {
  NextHandler,
  PreviousHandler,
  RepeatHandler,
  SkipExerciseHandler,
  StartOverHandler,
} from "./handlers/workout-navigation";
import { NoHandler, YesHandler } from "./handlers/yes-no";
import { loadUserInterceptor } from "./interceptors/load-user";
import { saveUserInterceptor } from "./interceptors/save-user";
import { telemetryInterceptors } from "./interceptors/telemetry";
import type { Logger } from "./logger";
import type { UserStore } from "./store/user-store";
import { NO_TELEMETRY, type Telemetry } from "./telemetry";

export interface SkillDependencies {
  readonly store: UserStore;
  readonly logger: Logger;
  /** Metrics (CloudWatch EMF on Lambda); none by default. */
  readonly telemetry?: Telemetry;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
}

/**
 * The whole skill, shared by the Lambda, the local console and the HTTPS server. Built once per
 * container; handlers hold no state between requests.
 */
export function buildSkill({
  store,
  logger,
  skillId,
  telemetry = NO_TELEMETRY,
}: SkillDependencies): BackCoachSkill {
  const progress = { store, logger, telemetry, timeZones: alexaSettingsTimeZone(logger) };
  const measure = telemetryInterceptors(telemetry);
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      // Events first: they carry no session.
      skillDisabledHandler(store, logger),
      LaunchHandler,
      StartWorkoutHandler,
      ListWorkoutsHandler,
      NextHandler,
      PreviousHandler,
      RepeatHandler,
      StartOverHandler,
      SkipExerciseHandler,
      PauseHandler,
      ResumeHandler,
      WhatsNextHandler,
      TimeLeftHandler,
      HowToHandler,
      DietTipHandler,
      CalorieTargetHandler,
      WeightLossTimeHandler,
      UpdateProfileHandler,
      ProfileReadHandler,
      StoredDataHandler,
      ProteinHandler,
      WaterHandler,
      SpotReductionHandler,
      weeklyProgressHandler(progress),
      lastWorkoutHandler(progress),
      DeleteDataHandler,
      // Before the general yes/no: answers to "are you sure you want to delete?".
      confirmDeleteHandler(store, logger),
      KeepDataHandler,
      YesHandler,
      NoHandler,
      HelpHandler,
      StopHandler,
      FallbackHandler,
      sessionEndedHandler(logger),
      // Last: anything the model may send that nothing above takes.
      UnhandledHandler,
    )
    .addRequestInterceptors(loadUserInterceptor(store, logger, telemetry), measure.request)
    // Measure before saving, so a turn's latency is what the user waited for the answer logic.
    .addResponseInterceptors(measure.response, saveUserInterceptor(store, logger, telemetry))
    .addErrorHandlers(errorHandler(logger))
    .withCustomUserAgent("back-coach");
  return guarded((skillId ? builder.withSkillId(skillId) : builder).create(), skillId);
}

/** Intent names the skill handles, for the test that holds model and handlers in step. */
export const HANDLED_INTENTS = [
  "StartWorkoutIntent",
  "ListWorkoutsIntent",
  "ReadyIntent",
  "SkipExerciseIntent",
  "WhatsNextIntent",
  "TimeLeftIntent",
  "HowToIntent",
  "DietTipIntent",
  "CalorieTargetIntent",
  "WeightLossTimeIntent",
  "UpdateProfileIntent",
  "ProfileReadIntent",
  "StoredDataIntent",
  "ProteinIntent",
  "WaterIntent",
  "SpotReductionIntent",
  "WeeklyProgressIntent",
  "LastWorkoutIntent",
  "DeleteDataIntent",
  "AMAZON.NextIntent",
  "AMAZON.PreviousIntent",
  "AMAZON.RepeatIntent",
  "AMAZON.StartOverIntent",
  "AMAZON.PauseIntent",
  "AMAZON.ResumeIntent",
  "AMAZON.YesIntent",
  "AMAZON.NoIntent",
  "AMAZON.HelpIntent",
  "AMAZON.StopIntent",
  "AMAZON.CancelIntent",
  "AMAZON.NavigateHomeIntent",
  "AMAZON.FallbackIntent",
] as const;
