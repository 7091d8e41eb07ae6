import type { Exercise } from "./catalog/types";
import { numberWords } from "./speech/numbers";
import { type Speech, SpeechBuilder } from "./speech/ssml-builder";
import { capitalize } from "./speech/text";

/** A pause between steps so each one lands before the next. */
const BETWEEN_STEPS_SECONDS = 0.6;

/** "How do I do this?": the move's steps, numbered, unhurried, then back to the workout. */
export function howToDo(exercise: Exercise): Speech {
  const b = new SpeechBuilder().say(`Here's how to do ${exercise.name}.`);
  exercise.steps.forEach((step, i) => {
    b.pause(BETWEEN_STEPS_SECONDS).say(`${capitalize(numberWords(i + 1))}: ${step}`);
  });
  return b.pause(BETWEEN_STEPS_SECONDS).say("Ready to carry on?").build();
}
