import { answer } from "../conversation/answers";
import type { Handler } from "./handler";

/** "Yes" and "no" answer the question left open (conversation/answers.ts). */
export const yes: Handler = {
  intents: ["AMAZON.YesIntent"],
  handle: (turn, context) => answer("yes", turn, context),
};

export const no: Handler = {
  intents: ["AMAZON.NoIntent"],
  handle: (turn, context) => answer("no", turn, context),
};
