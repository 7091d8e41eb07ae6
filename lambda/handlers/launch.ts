import { firstRunNote } from "../conversation/moves";
import { launchReply } from "../conversation/said-again";
import type { Handler } from "./handler";

/** "Alexa, open back coach": offer to resume an unfinished workout, else offer one to start. */
export const launch: Handler = {
  requests: ["LaunchRequest"],
  handle(turn) {
    const { note, state } = firstRunNote(turn, turn.state);
    return { state, reply: launchReply(turn, state, note) };
  },
};
