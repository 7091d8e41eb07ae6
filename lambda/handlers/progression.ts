import { ratingOfRepsLeft } from "../coach/progression/rules";
import { FEEDBACK_TIMINGS, RATINGS, type Rating } from "../coach/progression/types";
import { carryOn } from "../conversation/carry-on";
import { openQuestion } from "../conversation/pending-question";
import { rate, ratingOpen } from "../conversation/rating";
import { ask } from "../conversation/reply";
import { askToReset } from "../conversation/reset-progress";
import { resolvedId, slotText } from "../conversation/slots";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import { voice } from "../i18n/voice";
import type { SessionState } from "../turn/session-state";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

/** More reps left than any set we count: a number past it is no answer to "how was that?". */
const MAX_REPS_LEFT = 50;

/** "Too easy", "that was brutal", "I had three left": a rating, or none if the words give none. */
function ratingOf(turn: Turn): Rating | undefined {
  const said = RATINGS.find((r) => r === resolvedId(turn, "feeling"));
  if (said) return said;
  const text = slotText(turn, "repsLeft");
  const left = text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(left) && left >= 0 && left <= MAX_REPS_LEFT
    ? ratingOfRepsLeft(left)
    : undefined;
}

/**
 * The answer to "how was that?". Words that give no rating ("I had a hundred left") get the
 * same question again; a rating with no question open hears when the question comes.
 */
export const rateHandler: Handler = {
  intents: ["RateIntent"],
  handle(turn) {
    const rating = ratingOf(turn);
    const open = ratingOpen(turn.state) ? openQuestion(turn, turn.state) : undefined;
    // With no question open, rate() changes nothing and says when the question comes.
    if (rating || !open) return rate(turn, turn.state, rating ?? "right");
    return { state: turn.state, reply: ask(open.question, open.reprompt, open.pending) };
  },
};

/**
 * "Ask me at the end", "ask after each move", "don't ask": remembered for the user, in force
 * from the next workout; "don't ask" also stops the questions of the workout under way.
 */
export const feedbackTiming: Handler = {
  intents: ["FeedbackTimingIntent"],
  handle(turn) {
    const v = voice(turn.locale);
    const timing = FEEDBACK_TIMINGS.find((t) => t === resolvedId(turn, "timing"));
    if (!timing)
      return {
        state: turn.state,
        reply: carryOn(turn, turn.state, v.say("progression.timing.which")),
      };
    const progress = unfinishedWorkout(turn.state);
    const quiet = timing === "never" && progress?.tuning?.asks !== undefined;
    const user = { ...turn.state.user, feedbackTiming: timing };
    if (quiet && progress?.tuning) {
      const { asks: _stopped, ...tuning } = progress.tuning;
      Object.assign(user, { progress: { ...progress, tuning } });
    }
    const { rating: _dropped, ...rest } = turn.state;
    const state: SessionState = { ...(timing === "never" ? rest : turn.state), user };
    const said = v.say(quiet ? "progression.timing.neverNow" : `progression.timing.${timing}`);
    return { state, reply: carryOn(turn, state, said) };
  },
};

/** "Reset my progress": asks first (conversation/reset-progress.ts). */
export const resetProgressHandler: Handler = {
  intents: ["ResetProgressIntent"],
  handle: (turn) => askToReset(turn, turn.state),
};
