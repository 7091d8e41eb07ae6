import type { Voice } from "../../i18n/voice";
import type { LinePicker } from "../lines";
import type { SpeechBuilder } from "../speech/ssml-builder";

/** A timed rest between sets, with a heads-up ten seconds before the next set. */
export function restBetweenSets(
  b: SpeechBuilder,
  v: Voice,
  seconds: number,
  picker: LinePicker,
): void {
  const start = b.elapsed;
  b.countdown("rest", seconds, start);
  b.say(v.say("counting.restFor", { duration: v.duration(seconds) })).say(picker.next("rest"));
  if (seconds > 15) b.at(start + seconds - 10, v.say("counting.tenSeconds"));
  b.padTo(start + seconds);
}
