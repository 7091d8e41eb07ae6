import { getWorkout } from "../coach/catalog";
import { readyToEstimate } from "../coach/segments/estimates";
import { voice } from "../i18n/voice";
import { launchScreen, restDayScreen } from "../screens/card-screens";
import { paceOf } from "../store/user-record";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { ask, type Part, type Reply, remembered, showing } from "./reply";
import { offeredWorkoutId, startOffer, startOfferReprompt } from "./start-offer";
import { unfinishedWorkout } from "./unfinished-workout";

/**
 * The welcome (the health note the first time) and the offer. A returning user's offers load
 * when taken: picking up where a workout stopped (its position, where in a move the user cut
 * it off) and today's pick (the week so far); a new user's cold start needs neither.
 */
export async function launchReply(
  turn: Turn,
  state: SessionState,
  note: readonly Part[],
): Promise<Reply> {
  const v = voice(turn.locale);
  const greeting = note.length > 0 ? note : [v.say("skill.welcomeBack")];
  const unfinished = unfinishedWorkout(state);
  // A returning user's launch carries today's pick, decided as it began (handlers/launch.ts).
  const planned = unfinished ? undefined : state.todaysPick;
  // The offer says the workout's length: known ahead in the Lambda, worked out otherwise.
  if (!unfinished && !planned)
    await readyToEstimate(v, getWorkout(offeredWorkoutId(state)), paceOf(state.user));
  const reply = unfinished
    ? ask(
        [...greeting, (await import("./lines")).resumeOffer(v, unfinished)].join(" "),
        v.say("skill.resumeReprompt"),
        "resume",
      )
    : planned
      ? (await import("./pick-reply")).pickReply(turn, state, planned, ...greeting)
      : ask([...greeting, startOffer(v, state)].join(" "), startOfferReprompt(v, state), "start");
  const pickedId = planned && "workoutId" in planned.pick ? planned.pick.workoutId : undefined;
  const screen = () =>
    planned && "rest" in planned.pick
      ? restDayScreen(v)
      : launchScreen(v, unfinished?.workoutId ?? pickedId ?? offeredWorkoutId(state), !!unfinished);
  return showing(remembered(reply, { kind: "launch" }), screen);
}
