import type { RequestEnvelope } from "ask-sdk-model";

/** A well-formed LaunchRequest in a new session, for tests that talk to an entry point directly. */
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
