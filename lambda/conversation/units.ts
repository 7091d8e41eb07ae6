import type { HandlerInput } from "ask-sdk-core";
import type { UnitSystem } from "../coach";

/** en-US speaks pounds and feet; every other locale metric. Both are always understood. */
export function unitsFor(h: HandlerInput): UnitSystem {
  const locale = h.requestEnvelope.request.locale ?? "en-US";
  return locale === "en-US" ? "imperial" : "metric";
}
