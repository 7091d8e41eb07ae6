import type { SlotInput } from "../../lambda/local/envelopes";
import type { TestDevice } from "./device";

/** Answers the profile dialog the way Alexa sends answers: UpdateProfileIntent with slots. */
export const answer = (device: TestDevice, slots: Readonly<Record<string, SlotInput | string>>) =>
  device.intent("UpdateProfileIntent", slots);
