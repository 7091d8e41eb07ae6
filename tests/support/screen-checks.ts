import { expect } from "vitest";
import type { Box, TextLine, Viewport } from "./apl-browser";

/**
 * The smallest text a screen may use, in dp. Alexa's styles put body text at 28dp and hints at
 * 24dp on hubs for reading at arm's length; nothing on our screens is smaller than a hint.
 */
export const MIN_TEXT_DP = 24;

/** Rounding in layout: a line may poke out by a pixel without being cut off. */
const TOLERANCE = 1.5;

/**
 * Nothing cut off, nothing too small: every line lies inside the viewport (inside the circle on
 * a round one; a line in a list that scrolls, inside the list, which is inside the viewport), no
 * text component is smaller than its text, and no text is under MIN_TEXT_DP.
 */
export function expectFits(lines: readonly TextLine[], viewport: Viewport): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const where = `"${line.text}" on ${viewport.name}`;
    expect(line.clipped, `${where} is cut off by its box`).toBe(false);
    expect(line.fontSize, `${where} is too small to read`).toBeGreaterThanOrEqual(MIN_TEXT_DP);
    expectInside(line.scroller ?? line, viewport, where);
    if (line.scroller) {
      // Scrolled into view, it must fit the view's width.
      expect(line.x, `${where} starts left of its list`).toBeGreaterThanOrEqual(
        line.scroller.x - TOLERANCE,
      );
      expect(line.x + line.width, `${where} runs off its list`).toBeLessThanOrEqual(
        line.scroller.x + line.scroller.width + TOLERANCE,
      );
    }
  }
}

function expectInside(line: Box, viewport: Viewport, where: string): void {
  expect(line.x, `${where} starts left of the screen`).toBeGreaterThanOrEqual(-TOLERANCE);
  expect(line.y, `${where} starts above the screen`).toBeGreaterThanOrEqual(-TOLERANCE);
  expect(line.x + line.width, `${where} runs off the right`).toBeLessThanOrEqual(
    viewport.width + TOLERANCE,
  );
  expect(line.y + line.height, `${where} runs off the bottom`).toBeLessThanOrEqual(
    viewport.height + TOLERANCE,
  );
  if (viewport.shape === "ROUND") expectInCircle(line, viewport, where);
}

function expectInCircle(line: Box, viewport: Viewport, where: string): void {
  const r = viewport.width / 2;
  const corners = [
    [line.x, line.y],
    [line.x + line.width, line.y],
    [line.x, line.y + line.height],
    [line.x + line.width, line.y + line.height],
  ] as const;
  for (const [x, y] of corners) {
    expect(Math.hypot(x - r, y - r), `${where} leaves the round screen`).toBeLessThanOrEqual(
      r + TOLERANCE,
    );
  }
}
