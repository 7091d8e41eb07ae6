import { type Skill, SkillBuilders } from "ask-sdk-core";
import { DietTipHandler } from "./handlers/diet-tip";
import { errorHandler } from "./handlers/error-handler";
import { FallbackHandler, UnhandledHandler } from "./handlers/fallback";
import { HelpHandler } from "./handlers/help";
import { LaunchHandler } from "./handlers/launch";
import { PauseHandler, ResumeHandler } from "./handlers/pause-resume";
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
import type { Logger } from "./logger";
import type { UserStore } from "./store/user-store";

export interface SkillDependencies {
  readonly store: UserStore;
  readonly logger: Logger;
  /** When set, requests for any other skill are rejected. */
  readonly skillId?: string;
}

/**
 * The whole skill, shared by the Lambda, the local console and the HTTPS server. Built once per
 * container; handlers hold no state between requests.
 */
export function buildSkill({ store, logger, skillId }: SkillDependencies): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
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
      YesHandler,
      NoHandler,
      HelpHandler,
      StopHandler,
      FallbackHandler,
      sessionEndedHandler(logger),
      // Last: anything the model may send that nothing above takes.
      UnhandledHandler,
    )
    .addRequestInterceptors(loadUserInterceptor(store, logger))
    .addResponseInterceptors(saveUserInterceptor(store, logger))
    .addErrorHandlers(errorHandler(logger))
    .withCustomUserAgent("back-coach");
  return (skillId ? builder.withSkillId(skillId) : builder).create();
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
