import { voice } from "../i18n/voice";
import { launchScreen, restDayScreen } from "../screens/card-screens";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { resumeOffer } from "./lines";
import { pickReply } from "./pick-reply";
import { ask, type Part, type Reply, remembered, showing } from "./reply";
import { offeredWorkoutId, startOffer, startOfferReprompt } from "./start-offer";
import { unfinishedWorkout } from "./unfinished-workout";

/** The welcome (the health note the first time) and the offer. */
export function launchReply(turn: Turn, state: SessionState, note: readonly Part[]): Reply {
  const v = voice(turn.locale);
  const greeting = note.length > 0 ? note : [v.say("skill.welcomeBack")];
  const unfinished = unfinishedWorkout(state);
  // A returning user's launch carries today's pick, decided as it began (handlers/launch.ts).
  const planned = unfinished ? undefined : state.todaysPick;
  const reply = unfinished
    ? ask(
        [...greeting, resumeOffer(v, unfinished)].join(" "),
        v.say("skill.resumeReprompt"),
        "resume",
      )
    : planned
      ? pickReply(turn, state, planned, ...greeting)
      : ask([...greeting, startOffer(v, state)].join(" "), startOfferReprompt(v, state), "start");
  const pickedId = planned && "workoutId" in planned.pick ? planned.pick.workoutId : undefined;
  const screen = () =>
    planned && "rest" in planned.pick
      ? restDayScreen(v)
      : launchScreen(v, unfinished?.workoutId ?? pickedId ?? offeredWorkoutId(state), !!unfinished);
  return showing(remembered(reply, { kind: "launch" }), screen);
}
