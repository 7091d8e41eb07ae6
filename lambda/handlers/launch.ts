import { positionOf } from "../coach";
import { resumeOffer } from "../conversation/lines";
import { firstRunNote } from "../conversation/moves";
import { ask, type Part, type Reply, remembered } from "../conversation/reply";
import { unfinishedWorkout } from "../conversation/workout-turns";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

/** "Alexa, open back coach": offer to resume an unfinished workout, else offer one to start. */
export const launch: Handler = {
  requests: ["LaunchRequest"],
  handle(turn) {
    const { note, state } = firstRunNote(turn, turn.state);
    return { state, reply: launchReply(turn, state, note) };
  },
};

/** The welcome (the health note the first time) and the offer; also said again on "repeat". */
export function launchReply(turn: Turn, state: SessionState, note: readonly Part[]): Reply {
  const v = voice(turn.locale);
  const greeting = note.length > 0 ? note : [v.say("skill.welcomeBack")];
  const unfinished = unfinishedWorkout(state);
  const reply = unfinished
    ? ask(
        [...greeting, resumeOffer(v, positionOf(unfinished))].join(" "),
        v.say("skill.resumeReprompt"),
        "resume",
      )
    : ask(
        [...greeting, v.say("skill.offerDefault")].join(" "),
        v.say("skill.offerDefaultReprompt"),
        "start",
      );
  return remembered(reply, { kind: "launch" });
}
