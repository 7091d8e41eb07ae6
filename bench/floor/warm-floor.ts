/**
 * The floor for a warm turn: the least an ask-sdk-core skill does to answer one intent. It
 * reads nothing and stores nothing, and says "hello"; Back Coach's warm turn (bench/warm.ts)
 * is timed beside it, turn for turn, in the same process.
 */
import { SkillBuilders } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";

export const FLOOR_INTENT = "HelloIntent";

export function warmFloorSkill(): (event: RequestEnvelope) => Promise<ResponseEnvelope> {
  const skill = SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (h) =>
        h.requestEnvelope.request.type === "IntentRequest" &&
        h.requestEnvelope.request.intent.name === FLOOR_INTENT,
      handle: (h) => h.responseBuilder.speak("hello").getResponse(),
    })
    .create();
  return (event) => skill.invoke(event);
}
