import { giveTip } from "../conversation/moves";
import { parseTipTopic } from "../conversation/slots";
import type { Handler } from "./handler";

export const dietTip: Handler = {
  intents: ["DietTipIntent"],
  handle: (turn) => giveTip(turn, turn.state, parseTipTopic(turn)),
};
