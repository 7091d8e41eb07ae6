import type { interfaces } from "ask-sdk-model";
import type { Countdown, Speech } from "../coach/speech/ssml-builder";
import type { Voice } from "../i18n/voice";
import { aplDocument } from "../screens/documents";
import type { JsonValue, Screen } from "../screens/screen";

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** Longer than any answer: a clock shown "until then" stays up for the rest of the screen. */
const FOREVER_MS = 24 * 60 * 60 * 1000;

/**
 * The RenderDocument for a reply's screen. The clocks come from the final speech (lead and
 * all), in milliseconds of the document's own time, so the screen's "0:30" falls where the
 * voice says "thirty seconds left".
 */
export function screenDirective(screen: Screen, speech: Speech, v: Voice): RenderDocument {
  return {
    type: "Alexa.Presentation.APL.RenderDocument",
    token: `backcoach-${screen.document}`,
    // Sent inline: each response stays under 24 KB (tests/skill/screens.test.ts).
    document: aplDocument(screen.document),
    datasources: { screen: screen.data, clock: { clocks: clocksOf(speech.countdowns ?? [], v) } },
  };
}

function clocksOf(countdowns: readonly Countdown[], v: Voice): JsonValue[] {
  const ms = (seconds: number) => Math.round(seconds * 1000);
  return countdowns.map((c, i) => {
    const next = countdowns[i + 1];
    return {
      label: v.say(`screen.clocks.${c.label}`),
      seconds: c.seconds,
      // The first clock shows its full time from the start, while its call is said.
      shownFrom: i === 0 ? 0 : ms(c.startsAt),
      shownUntil: next ? ms(next.startsAt) : FOREVER_MS,
      endsAt: ms(c.startsAt + c.seconds),
    };
  });
}
