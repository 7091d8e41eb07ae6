import type { RequestEnvelope } from "ask-sdk-model";

/**
 * Requests as Alexa sends them, for the tools that talk to the skill without a device: the
 * tests and the benchmark.
 */

/** A well-formed LaunchRequest in a new session, for talking to an entry point directly. */
export function launchEnvelope(
  applicationId: string,
  userId: string,
  timestamp = new Date().toISOString(),
): RequestEnvelope {
  return {
    version: "1.0",
    session: {
      new: true,
      sessionId: "s",
      application: { applicationId },
      attributes: {},
      user: { userId },
    },
    context: { System: { application: { applicationId }, user: { userId } } },
    request: { type: "LaunchRequest", requestId: "r", timestamp, locale: "en-US" },
  } as unknown as RequestEnvelope;
}

/** A slot as said, with the model value's id when Alexa resolved it (entity resolution). */
export interface SlotInput {
  readonly value: string;
  readonly id?: string;
}

/** The body of an IntentRequest, its slots resolved as Alexa resolves them for this skill. */
export function intentRequest(
  name: string,
  slots: Readonly<Record<string, SlotInput | string>>,
  applicationId: string,
): Record<string, unknown> {
  const intentSlots = Object.fromEntries(
    Object.entries(slots).map(([slotName, input]) => {
      const { value, id } = typeof input === "string" ? { value: input, id: undefined } : input;
      const resolutions = {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${applicationId}.slot`,
            status: { code: "ER_SUCCESS_MATCH" },
            values: [{ value: { name: value, id } }],
          },
        ],
      };
      const slot = { name: slotName, value, confirmationStatus: "NONE" };
      return [slotName, id ? { ...slot, resolutions } : slot];
    }),
  );
  return {
    type: "IntentRequest",
    intent: { name, confirmationStatus: "NONE", slots: intentSlots },
  };
}
