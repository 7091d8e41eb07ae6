import { howToDo } from "../coach/how-to";
import type { Pace } from "../coach/pace";
import { positionOf, type WorkoutProgress } from "../coach/position";
import { remainingAfter, whatsNext } from "../coach/session";
import { timeLeft } from "../conversation/lines";
import { ask, type Part, showing } from "../conversation/reply";
import { unfinishedWorkout } from "../conversation/unfinished-workout";
import { type Voice, voice } from "../i18n/voice";
import { howToScreen } from "../screens/card-screens";
import type { Screen } from "../screens/screen";
import { paceOf } from "../store/user-record";
import type { Handler } from "./handler";

/** A question about the workout, answered, then handed back to it. */
function aboutTheWorkout(
  intent: string,
  answer: (v: Voice, progress: WorkoutProgress, pace: Pace) => Part,
  screen?: (v: Voice, progress: WorkoutProgress) => Screen,
): Handler {
  return {
    intents: [intent],
    needs: "workout",
    handle(turn) {
      const v = voice(turn.locale);
      const progress = unfinishedWorkout(turn.state);
      // `needs: "workout"` guarantees the workout; the check keeps the types honest.
      const said = progress
        ? answer(v, progress, paceOf(turn.state.user))
        : v.say("skill.noWorkout");
      const reply = ask(said, v.say("skill.segmentReprompt"), "segment");
      return {
        state: turn.state,
        reply: progress && screen ? showing(reply, () => screen(v, progress)) : reply,
      };
    },
  };
}

export const whatsNextHandler = aboutTheWorkout(
  "WhatsNextIntent",
  (v, progress) => `${whatsNext(v, progress) ?? v.say("skill.lastPart")} ${v.say("skill.carryOn")}`,
);

// At the user's pace, so it agrees with the length the workout was announced with.
export const timeLeftHandler = aboutTheWorkout("TimeLeftIntent", (v, progress, pace) => {
  const left = remainingAfter(v, progress, pace);
  return `${timeLeft(v, left.seconds, left.moves)} ${v.say("skill.carryOn")}`;
});

/** "How do I do this?": the current move's steps; they end by asking to carry on. */
export const howTo = aboutTheWorkout(
  "HowToIntent",
  (v, progress) => howToDo(v, positionOf(progress).exercise),
  // Back to the workout from the steps: the words that carry on, as touch targets.
  (v, progress) => howToScreen(v, positionOf(progress).exercise, ["ready", "repeat", "pause"]),
);
