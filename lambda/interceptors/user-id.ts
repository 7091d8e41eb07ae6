import type { RequestEnvelope } from "ask-sdk-model";

/** The opaque Alexa user id, wherever this request carries it; undefined for a malformed one. */
export function userIdOf(envelope: RequestEnvelope): string | undefined {
  const id = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}
