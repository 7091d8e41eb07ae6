import type { Voice } from "../i18n/voice";
import type { Exercise } from "./catalog/types";
import { type Speech, SpeechBuilder } from "./speech/ssml-builder";
import { capitalize } from "./speech/text";

/** A pause between steps so each one lands before the next. */
const BETWEEN_STEPS_SECONDS = 0.6;

/** "How do I do this?": the move's steps, numbered, unhurried, then back to the workout. */
export function howToDo(v: Voice, exercise: Exercise): Speech {
  const words = v.exercise(exercise.id);
  const b = new SpeechBuilder().say(v.say("howTo.intro", { exercise: words.name }));
  words.steps.forEach((step, i) => {
    b.pause(BETWEEN_STEPS_SECONDS).say(
      v.say("howTo.step", { number: capitalize(v.number(i + 1)), step }),
    );
  });
  return b.pause(BETWEEN_STEPS_SECONDS).say(v.say("howTo.carryOn")).build();
}
