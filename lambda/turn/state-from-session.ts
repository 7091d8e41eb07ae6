import { judgeLastSegment } from "../conversation/heard";
import { parseSessionState } from "./parse-session-state";
import type { SessionState } from "./session-state";

/**
 * The state a session's attributes carry, parsed (turn/parse-session-state.ts) and with the
 * last segment judged heard or not by the time that passed (conversation/heard.ts); undefined
 * when the attributes do not parse. A session's first request has none, so the turn reader
 * loads this with the first request that does.
 */
export function stateFromSession(sent: unknown, nowIso: string): SessionState | undefined {
  const parsed = parseSessionState(sent, nowIso);
  return parsed ? judgeLastSegment(parsed, nowIso) : undefined;
}
