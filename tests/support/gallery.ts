import { join } from "node:path";
import { VIEWPORTS, type Viewport } from "./apl-browser";
import { JOURNEYS } from "./screen-journeys";

/** Where the README's gallery of screens lives, and what is in it. */
export const GALLERY = join(import.meta.dirname, "../../docs/screens");

const SHOW_8 = VIEWPORTS.find((v) => v.name === "Echo Show 8") as Viewport;
export const fileName = (screen: string, viewport: Viewport) =>
  `${screen.replace(/\s+/g, "-")}-${viewport.name.toLowerCase().replace(/\s+/g, "-")}.png`;

/** The pictures: each card screen on a Show 8, the workout's cardio block on every device. */
export const PICTURES: readonly { screen: string; viewport: Viewport }[] = [
  ...Object.keys(JOURNEYS).map((screen) => ({ screen, viewport: SHOW_8 })),
  ...VIEWPORTS.map((viewport) => ({ screen: "workout", viewport })),
];
