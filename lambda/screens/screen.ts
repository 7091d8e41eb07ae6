import type { Voice } from "../i18n/voice";
import { BUTTONS, type Button } from "./buttons";

/** A value a datasource can hold: what JSON can say. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** The documents under lambda/screens/documents/, one per kind of screen. */
export const DOCUMENT_NAMES = ["workout", "card", "week"] as const;
export type DocumentName = (typeof DOCUMENT_NAMES)[number];

/**
 * A touch target: its words, the button it sends (screens/buttons.ts), and whether it is one
 * of the few a small round screen keeps (the rest are still a word away).
 */
export type ScreenButton = {
  readonly text: string;
  readonly action: Button;
  readonly compact: boolean;
};

/**
 * What a reply shows, as data: which document, and the datasource its words and numbers come
 * from, built by plain code from the engine's plan. The render step sends it only to a device
 * with a screen (conversation/screen-directive.ts).
 */
export interface Screen {
  readonly document: DocumentName;
  readonly data: { readonly [key: string]: JsonValue };
}

export function buttonsOf(
  labels: Readonly<Record<Button, string>>,
  actions: readonly Button[],
  compact: readonly Button[] = actions,
): ScreenButton[] {
  return actions.map((action) => ({
    text: labels[action],
    action,
    compact: compact.includes(action),
  }));
}

/** Every button's words, from the words file's screen section. */
export function labels(v: Voice): Readonly<Record<Button, string>> {
  const known = labelsByVoice.get(v);
  if (known) return known;
  const words = {} as Record<Button, string>;
  for (const button of BUTTONS) words[button] = v.say(`screen.buttons.${button}`);
  labelsByVoice.set(v, words);
  return words;
}

/** A voice's button labels never change: made once. */
const labelsByVoice = new WeakMap<Voice, Readonly<Record<Button, string>>>();
