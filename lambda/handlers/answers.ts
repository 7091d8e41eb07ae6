import { type EverydayQuestion, everydayAnswer } from "../conversation/said-again";
import type { Handler } from "./handler";

const answering = (intent: string, kind: EverydayQuestion): Handler => ({
  intents: [intent],
  handle: (turn) => ({ state: turn.state, reply: everydayAnswer(turn, turn.state, kind) }),
});

export const protein = answering("ProteinIntent", "protein");
export const water = answering("WaterIntent", "water");
/** "Why can't I just lose back fat?": no spot reduction, briefly. */
export const spotReduction = answering("SpotReductionIntent", "spot-reduction");
