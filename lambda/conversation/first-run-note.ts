import { say } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Part } from "./reply";

/**
 * The first time, the health note, said once and remembered. Also said when a first session
 * starts with a one-shot request ("ask back coach to start a rowing workout").
 */
export function firstRunNote(
  turn: Turn,
  state: SessionState,
): { readonly note: readonly Part[]; readonly state: SessionState } {
  if (state.user.disclaimerHeard) return { note: [], state };
  return {
    note: [say(turn.locale, "skill.welcomeFirst")],
    state: { ...state, user: { ...state.user, disclaimerHeard: true } },
  };
}
