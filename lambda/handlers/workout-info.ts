import { howToDo, positionOf, remainingAfter, type WorkoutProgress, whatsNext } from "../coach";
import { timeLeft } from "../conversation/lines";
import { ask, type Part } from "../conversation/reply";
import { unfinishedWorkout } from "../conversation/workout-turns";
import { skillWords } from "../i18n/words";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";

/** A question about the workout, answered, then handed back to it. */
function aboutTheWorkout(
  intent: string,
  reply: (turn: Turn, progress: WorkoutProgress) => Part,
): Handler {
  return {
    intents: [intent],
    needs: "workout",
    handle(turn) {
      const progress = unfinishedWorkout(turn.state);
      const L = skillWords(turn.locale);
      // `needs: "workout"` guarantees the workout; the guard keeps the types honest.
      const said = progress ? reply(turn, progress) : L.noWorkout;
      return { state: turn.state, reply: ask(said, L.segmentReprompt, "segment") };
    },
  };
}

export const whatsNextHandler = aboutTheWorkout("WhatsNextIntent", (turn, progress) => {
  const L = skillWords(turn.locale);
  return `${whatsNext(progress) ?? L.lastPart} ${L.carryOn}`;
});

export const timeLeftHandler = aboutTheWorkout("TimeLeftIntent", (turn, progress) => {
  const left = remainingAfter(progress);
  return `${timeLeft(turn.locale, left.seconds, left.moves)} ${skillWords(turn.locale).carryOn}`;
});

/** "How do I do this?": the current move's steps; they end by asking to carry on. */
export const howTo = aboutTheWorkout("HowToIntent", (_turn, progress) =>
  howToDo(positionOf(progress).exercise),
);
