import { dependsOnKit, type WorkoutRequest } from "../coach/catalog/choose-workout";
import { type Kit, kitNamedBy, kitOf } from "../coach/catalog/kit";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import { askKit } from "./kit-question";
import { lengthsFor } from "./lengths";
import { beginWorkout } from "./moves";
import type { Outcome, Part } from "./reply";
import { parseWorkoutRequest, slotText } from "./slots";

/**
 * "A ten minute workout", "I only have dumbbells", or the answer to "what have you got?".
 * The kit said is remembered (and said back when it changes); a kit we need and do not know
 * is asked for once, keeping what was asked so the answer completes it.
 */
export function requestWorkout(turn: Turn): Outcome {
  const said = parseWorkoutRequest(turn);
  const { kitQuestion: waiting, ...state } = turn.state;
  // Only a kit (or words we could not match to one) answers the question; anything more is a
  // new request, which replaces the one that waited.
  const answering =
    waiting !== undefined &&
    said.kind === undefined &&
    said.minutes === undefined &&
    said.level === undefined;
  const request: WorkoutRequest = answering ? { ...waiting.request, ...said } : said;
  if (answering && said.equipment === undefined) {
    // Nothing about kit at all ("start a workout"): the question still stands.
    if (slotText(turn, "equipment") === undefined)
      return { state: turn.state, reply: askKit(turn, "which") };
    if (waiting.tries === 1)
      return {
        state: { ...state, kitQuestion: { request: waiting.request, tries: 2 } },
        reply: askKit(turn, "again"),
      };
    return withoutKit(turn, state, request);
  }
  const learned = learnedKit(state, said);
  const user = learned ? { ...state.user, equipment: learned } : state.user;
  const next: SessionState = { ...state, user };
  const noted: Part[] =
    learned && learned !== state.user.equipment && said.equipment !== undefined
      ? [voice(turn.locale).say(`choose.kitNoted.${learned}`)]
      : [];
  const lengthOf = lengthsFor(turn, next);
  if (dependsOnKit({ ...request, ...(user.equipment ? { kit: user.equipment } : {}) }, lengthOf)) {
    const { kind, minutes, level } = request;
    return {
      state: {
        ...next,
        kitQuestion: {
          request: {
            ...(kind ? { kind } : {}),
            ...(minutes ? { minutes } : {}),
            ...(level ? { level } : {}),
          },
          tries: 1,
        },
      },
      reply: askKit(turn, "first"),
    };
  }
  return beginWorkout(turn, next, request, ...noted);
}

/**
 * The kit to remember from a request: the kit said ("I'm at the gym today": what they have
 * now, so it replaces what we knew), else one a kind is named for ("a band workout"), only
 * when we knew nothing, since having a band does not mean having only a band.
 */
function learnedKit(state: SessionState, said: WorkoutRequest): Kit | undefined {
  if (said.equipment !== undefined) return kitOf(said.equipment);
  if (state.user.equipment === undefined && said.kind !== undefined) return kitNamedBy(said.kind);
  return undefined;
}

/**
 * No kit we can use ("no", "I don't know", words twice over that match none): a workout that
 * needs nothing, so it works wherever the user is; nothing remembered, so we may ask again.
 */
export function withoutKit(turn: Turn, state: SessionState, request: WorkoutRequest): Outcome {
  const { kitQuestion: _answered, ...rest } = state;
  return beginWorkout(
    turn,
    rest,
    { ...request, equipment: "none" },
    voice(turn.locale).say("choose.noKitThen"),
  );
}
