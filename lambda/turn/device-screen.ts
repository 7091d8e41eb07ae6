import { isRecord } from "../is-record";

/** The screen a device has, in dp (display-independent pixels), as APL lays documents out. */
export interface DeviceScreen {
  readonly width: number;
  readonly height: number;
  readonly shape: "RECTANGLE" | "ROUND";
  readonly mode: "HUB" | "TV" | "OTHER";
}

export const APL_INTERFACE = "Alexa.Presentation.APL";

/** No Alexa screen is larger; a bigger number is not a device's. */
const MAX_PIXELS = 8192;
const BASE_DPI = 160;

const pixels = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_PIXELS
    ? value
    : undefined;

/**
 * The device's screen, when it announces APL and a viewport that makes sense; otherwise none,
 * and the reply is speech alone, as on an Echo Dot.
 */
export function parseDeviceScreen(
  interfaces: readonly string[],
  viewport: unknown,
): DeviceScreen | undefined {
  if (!interfaces.includes(APL_INTERFACE) || !isRecord(viewport)) return undefined;
  const width = pixels(viewport.pixelWidth);
  const height = pixels(viewport.pixelHeight);
  const dpi = pixels(viewport.dpi) ?? BASE_DPI;
  if (width === undefined || height === undefined) return undefined;
  const dp = (px: number) => Math.round((px * BASE_DPI) / dpi);
  return {
    width: dp(width),
    height: dp(height),
    shape: viewport.shape === "ROUND" ? "ROUND" : "RECTANGLE",
    mode: viewport.mode === "TV" ? "TV" : viewport.mode === "HUB" ? "HUB" : "OTHER",
  };
}
