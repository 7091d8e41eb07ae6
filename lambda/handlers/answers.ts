import { speakNoSpotReduction, speakProtein, speakWater } from "../coach";
import { offerNext } from "../conversation/moves";
import { remembered } from "../conversation/reply";
import { voice } from "../i18n/voice";
import type { Said } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

/** The everyday questions with one answer each, said again on "repeat". */
export function everydayAnswer(turn: Turn, kind: "protein" | "water" | "spot-reduction") {
  switch (kind) {
    case "protein":
      return speakProtein(voice(turn.locale), turn.units);
    case "water":
      return speakWater(voice(turn.locale), turn.units);
    case "spot-reduction":
      return speakNoSpotReduction(voice(turn.locale));
  }
}

const answering = (intent: string, kind: "protein" | "water" | "spot-reduction"): Handler => ({
  intents: [intent],
  handle: (turn) => ({
    state: turn.state,
    reply: remembered(offerNext(turn, turn.state, everydayAnswer(turn, kind)), { kind } as Said),
  }),
});

export const protein = answering("ProteinIntent", "protein");
export const water = answering("WaterIntent", "water");
/** "Why can't I just lose back fat?": no spot reduction, briefly. */
export const spotReduction = answering("SpotReductionIntent", "spot-reduction");
