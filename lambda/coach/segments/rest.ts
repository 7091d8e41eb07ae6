import type { LinePicker } from "../lines";
import { durationWords } from "../speech/numbers";
import type { SpeechBuilder } from "../speech/ssml-builder";

/** A timed rest between sets, with a heads-up ten seconds before the next set. */
export function restBetweenSets(b: SpeechBuilder, seconds: number, picker: LinePicker): void {
  const start = b.elapsed;
  b.say(`Rest for ${durationWords(seconds)}.`).say(picker.next("rest"));
  if (seconds > 15) b.at(start + seconds - 10, "Ten seconds.");
  b.padTo(start + seconds);
}
