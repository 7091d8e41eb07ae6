import type { RequestHandler } from "ask-sdk-core";
import { LINES } from "../conversation/lines";
import { isIntent } from "../conversation/requests";
import { tell } from "../conversation/respond";
import { holdPosition } from "./workout-flow";

/** Stop and Cancel: a short goodbye; an unfinished workout is kept to pick up later. */
export const StopHandler: RequestHandler = {
  canHandle: (h) =>
    isIntent(h, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"),
  handle: (h) => tell(h, holdPosition(h) ? LINES.goodbyeMidWorkout : LINES.goodbye),
};
