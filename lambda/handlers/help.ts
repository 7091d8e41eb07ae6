import { help } from "../conversation/moves";
import type { Handler } from "./handler";

export const helpHandler: Handler = {
  intents: ["AMAZON.HelpIntent"],
  handle: (turn) => ({ state: turn.state, reply: help(turn, turn.state) }),
};
