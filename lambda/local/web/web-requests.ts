import { isRecord } from "../../is-record";
import { deviceOf, type ScreenDevice, VIEWPORTS, type Viewport } from "../screen-devices";

/**
 * What the web page may ask of the local skill, parsed and bounded: the page is ours, but
 * anything else on this machine could post to the port, so nothing is taken on trust.
 */

/** A device the page can be: an Echo with one of the screens, or one without. */
export interface WebDeviceChoice {
  readonly id: string;
  readonly name: string;
  /** Its screen in dp, as the page draws it; null for a device without one. */
  readonly screen: Viewport | null;
}

export const WEB_DEVICES: readonly WebDeviceChoice[] = [
  ...VIEWPORTS.map((v) => ({
    id: v.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    name: v.name,
    screen: v,
  })),
  { id: "echo-dot", name: "No screen (Echo Dot)", screen: null },
];
export const DEFAULT_WEB_DEVICE = "echo-show-8";

/** Longer than anyone says in one go to a speaker; the page's text box stops there too. */
const MAX_LINE = 300;
/** An answer is at most 240 s of speech (speech/limits.ts); more is no answer's. */
const MAX_HEARD_SECONDS = 600;
const MAX_TOKEN = 100;
const MAX_LABEL = 80;
const MAX_ARGUMENTS = 8;
const MAX_ARGUMENTS_JSON = 2048;

export type WebRequest =
  | {
      readonly kind: "say";
      readonly line: string;
      readonly screen: ScreenDevice | undefined;
      readonly heard?: number;
    }
  | {
      readonly kind: "touch";
      readonly label: string;
      readonly token: string;
      readonly arguments: readonly unknown[];
      readonly source: Readonly<Record<string, unknown>>;
      readonly screen: ScreenDevice | undefined;
      readonly heard?: number;
    };

/** A request's body as one of the above, or why it is not one. */
export function parseWebRequest(kind: "say" | "touch", body: unknown): WebRequest | string {
  if (!isRecord(body)) return "the body must be a JSON object";
  const choice = WEB_DEVICES.find((d) => d.id === body.device);
  if (!choice) return "unknown device";
  const screen = choice.screen ? deviceOf(choice.screen) : undefined;
  const heard = body.heard;
  if (
    heard !== undefined &&
    !(typeof heard === "number" && heard >= 0 && heard <= MAX_HEARD_SECONDS)
  )
    return "heard must be a number of seconds";
  const heardPart = heard === undefined ? {} : { heard };
  if (kind === "say") {
    const line = body.line;
    if (typeof line !== "string" || line.length > MAX_LINE) return "line must be a short string";
    return { kind, line, screen, ...heardPart };
  }
  const { token, label, source } = body;
  const args = body.arguments;
  if (typeof token !== "string" || token.length > MAX_TOKEN) return "token must be a short string";
  if (
    !Array.isArray(args) ||
    args.length > MAX_ARGUMENTS ||
    JSON.stringify(args).length > MAX_ARGUMENTS_JSON
  )
    return "arguments must be a short list";
  return {
    kind,
    token,
    arguments: args,
    label: typeof label === "string" ? label.slice(0, MAX_LABEL) : "(touched the screen)",
    source: isRecord(source) ? source : {},
    screen,
    ...heardPart,
  };
}
