/**
 * The Echo devices Back Coach draws for, as the local tools pretend to be them: the web device
 * (`npm start -- --web`), the screen tests and the gallery. Sizes are in dp, as the manifest's
 * supportedViewports and APL layouts read them; deviceContext() says them as a request does.
 */

export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly shape: "RECTANGLE" | "ROUND";
  readonly mode: "HUB" | "TV";
}

/**
 * The devices the screens must fit. Fire TV draws 1920x1080 pixels at 320 dpi, which APL lays
 * out as 960x540 dp; the Show 15 is 1920x1080 dp.
 */
export const VIEWPORTS: readonly Viewport[] = [
  { name: "Echo Spot", width: 480, height: 480, shape: "ROUND", mode: "HUB" },
  { name: "Echo Show 5", width: 960, height: 480, shape: "RECTANGLE", mode: "HUB" },
  { name: "Echo Show 8", width: 1280, height: 800, shape: "RECTANGLE", mode: "HUB" },
  { name: "Echo Show 15", width: 1920, height: 1080, shape: "RECTANGLE", mode: "HUB" },
  { name: "Fire TV", width: 960, height: 540, shape: "RECTANGLE", mode: "TV" },
];

/** A screen as a request's context.Viewport describes it: in pixels, with the density. */
export interface ScreenDevice {
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly dpi: number;
  readonly shape: "RECTANGLE" | "ROUND";
  readonly mode: "HUB" | "TV";
}

/** A device with this viewport, as its requests describe it (Fire TV: twice the pixels, 320 dpi). */
export function deviceOf(v: Viewport): ScreenDevice {
  const scale = v.mode === "TV" ? 2 : 1;
  return {
    pixelWidth: v.width * scale,
    pixelHeight: v.height * scale,
    dpi: 160 * scale,
    shape: v.shape,
    mode: v.mode,
  };
}

/** The most common screen: the one the skill tests and the benchmark talk to. */
export const ECHO_SHOW_8: ScreenDevice = {
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 160,
  shape: "RECTANGLE",
  mode: "HUB",
};

/** The APL version the offline renderer (apl-viewhost-web 1.4.0) and so our documents speak. */
export const APL_MAX_VERSION = "1.4";

/** What a request says about its device: the interfaces it has and, with a screen, its size. */
export interface DeviceContext {
  readonly supportedInterfaces: Readonly<Record<string, unknown>>;
  readonly viewport?: Readonly<Record<string, unknown>>;
}

/** A device with this screen (touch on every screen but a TV's), or an Echo Dot without one. */
export function deviceContext(screen: ScreenDevice | undefined): DeviceContext {
  if (!screen) return { supportedInterfaces: {} };
  return {
    supportedInterfaces: { "Alexa.Presentation.APL": { runtime: { maxVersion: APL_MAX_VERSION } } },
    viewport: { ...screen, touch: screen.mode === "TV" ? [] : ["SINGLE"] },
  };
}
