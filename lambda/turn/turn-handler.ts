import type { ErrorHandler, HandlerInput, RequestHandler } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { render } from "../conversation/render";
import { ask, withLead } from "../conversation/reply";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import type { SkillRouter } from "../handlers";
import type { SkillContext } from "../handlers/handler";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { voice } from "../i18n/voice";
import { turnOf } from "./read-turn";
import { saveTurn } from "./save-turn";
import { MAX_MISSES, type SessionState } from "./session-state";
import type { Turn } from "./turn";
import { countWorkouts } from "./turn-metrics";

/**
 * The one ask-sdk handler: the router picks our handler from its declarations, the handler
 * returns a reply and the next state, the save runs if anything durable changed, and the
 * reply is rendered once with what the save means for the user.
 */
export function turnHandler(router: SkillRouter, context: SkillContext): RequestHandler {
  return {
    canHandle: (h) => turnOf(h) !== undefined,
    async handle(h): Promise<Response> {
      const turn = turnOf(h);
      if (!turn) throw new Error("The turn interceptor did not run");
      const started = performance.now();
      // Awaited only when there is something to wait for: most turns have nothing to load.
      const routed = router.route(turn);
      const handler = routed instanceof Promise ? await routed : routed;
      const outcome = handler.handle(turn, context);
      const { reply, state } = outcome instanceof Promise ? await outcome : outcome;
      const {
        pending: _asked,
        said: _answered,
        misses: _missed,
        ...rest
      } = stampProgress(turn, state);
      const next: { -readonly [K in keyof SessionState]: SessionState[K] } = rest;
      if (reply.pending) next.pending = reply.pending;
      if (reply.said) next.said = reply.said;
      if (reply.missed) next.misses = Math.min(MAX_MISSES, (turn.state.misses ?? 0) + 1);
      if (reply.offersTip) next.tipOffered = true;
      // Measured before the save: the latency of the answer logic itself.
      const ms = performance.now() - started;
      context.telemetry.timing("TurnLatency", ms);
      if (reply.pending === "segment" && reply.speech.length > 0)
        context.telemetry.timing("SegmentLatency", ms);
      countWorkouts(context.telemetry, turn.state, next);
      const saving = saveTurn(turn, next, reply, context);
      const saved = saving instanceof Promise ? await saving : saving;
      return render(h, turn, withLead(saved.notices, saved.instead ?? reply), saved.state);
    },
  };
}

/**
 * A position that moved this turn (a segment spoken, another workout, or none left) carries
 * the turn's time, so that when two devices move it the later move wins the merge
 * (store/merge-records.ts). Pausing is not a move, even when it steps past a segment heard to
 * its end: a device that stops a stale session does not pull the position back from where
 * another device took it.
 */
function stampProgress(turn: Turn, state: SessionState): SessionState {
  const before = turn.state.user.progress;
  const after = state.user.progress;
  const moved =
    before?.workoutId !== after?.workoutId ||
    (after?.status === "active" &&
      (before?.status !== "active" || before.segmentIndex !== after.segmentIndex));
  return moved ? { ...state, user: { ...state.user, progressAt: turn.time } } : state;
}

/**
 * The one place an unexpected error becomes speech: a friendly line, the session kept open,
 * and the details in the log (names and messages, never the request).
 */
export function turnErrorHandler(context: SkillContext): ErrorHandler {
  return {
    canHandle: () => true,
    async handle(h: HandlerInput, error: Error): Promise<Response> {
      const turn = turnOf(h);
      const type = turn?.requestType ?? String(h.requestEnvelope.request.type);
      context.logger.error("Request failed", { requestType: type, error });
      // Skill events (such as SkillDisabled) expect no speech: their failure must show as one.
      if (type.startsWith("AlexaSkillEvent.")) throw error;
      if (type === "SessionEndedRequest" || (turn && !turn.inSession))
        return h.responseBuilder.getResponse();
      const v = voice(turn?.locale ?? DEFAULT_LOCALE);
      if (!turn)
        return render(
          h,
          undefined,
          ask(`${v.say("skill.error")} ${v.say("skill.startHint")}`, v.say("skill.startHint")),
        );
      const inWorkout = unfinishedWorkout(turn.state) !== undefined;
      const next = inWorkout ? v.say("skill.repeatOrCarryOn") : v.say("skill.startHint");
      const { pending: _asked, ...state } = turn.state;
      const reply = ask(`${v.say("skill.error")} ${next}`, next, inWorkout ? "segment" : undefined);
      return render(h, turn, reply, inWorkout ? { ...state, pending: "segment" } : state);
    },
  };
}
