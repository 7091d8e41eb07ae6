import type { RequestEnvelope } from "ask-sdk-model";

/**
 * What the client sent back as Back Coach's session state, handed from the envelope guard to
 * the turn reader beside the envelope rather than inside it: ask-sdk deep-copies session
 * attributes on every request, and this way it copies nothing (the guard passes it an empty
 * set) while the turn reader parses the original once. Keyed weakly by the envelope object
 * ask-sdk is given, so nothing outlives the request.
 */
const sent = new WeakMap<RequestEnvelope, unknown>();

export function keepSentState(envelope: RequestEnvelope, state: unknown): void {
  if (state !== undefined) sent.set(envelope, state);
}

export function sentStateOf(envelope: RequestEnvelope): unknown {
  return sent.get(envelope);
}
