import type { Speech } from "../coach/speech/ssml-builder";
import type { Voice } from "../i18n/voice";
import { loadOnce } from "../load-once";
import type { SessionState } from "../turn/session-state";
import { saidCard } from "./card-screens";
import type { Screen } from "./screen";

/** The workout screen's code, loaded with the first answer inside a workout and kept. */
const workoutScreens = loadOnce(() => import("./workout-screen"));

/** The entities the builder writes; "&amp;" last, so nothing is decoded twice. */
const ENTITIES: readonly (readonly [string, string])[] = [
  ["&apos;", "'"],
  ["&quot;", '"'],
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&amp;", "&"],
];

/** Tags and the white space around and between them: each run becomes one space. */
const TAGS_AND_SPACES = /(?:<[^>]+>|\s)+/g;

/**
 * What the speech says, as text: tags and pauses dropped, white space folded, entities decoded.
 * A screen shows it with most answers: one pattern pass, and entities as plain replacements.
 */
export function spokenText(speech: Speech): string {
  let text = speech.ssml.replace(TAGS_AND_SPACES, " ").trim();
  if (text.includes("&")) {
    for (const [entity, character] of ENTITIES) text = text.replaceAll(entity, character);
  }
  return text;
}

/**
 * The screen for an answer that has none of its own ("what's next?", help, a goodbye), so a
 * device with a screen gets one with every answer: inside a workout, the workout where the user
 * is (its code loaded then: a session begins with no workout under way); otherwise what was
 * said, as text.
 */
export function defaultScreen(
  v: Voice,
  state: SessionState | undefined,
  speech: Speech,
  open: boolean,
): Screen | Promise<Screen> {
  const progress = state?.user.progress;
  if (progress?.status === "active") {
    // Synchronous once the workout screen's code is loaded: no await on every screen turn.
    const loaded = workoutScreens.loaded;
    if (loaded) return loaded.workoutScreen(v, progress, progress.segmentIndex, open);
    return workoutScreens().then(({ workoutScreen }) =>
      workoutScreen(v, progress, progress.segmentIndex, open),
    );
  }
  return saidCard(v, spokenText(speech));
}
