import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileName, GALLERY, PICTURES } from "../support/gallery";

/**
 * The gallery of screens in docs/screens/, shown in the README: every screen on an Echo Show
 * 8, and the workout on every device. `npm run screens:gallery` draws them anew from real skill
 * responses (scripts/gallery/draw.gallery.ts); this checks that every picture is there.
 */

describe("the gallery", () => {
  it("has every picture, as `npm run screens:gallery` draws them", () => {
    const missing = PICTURES.map(({ screen, viewport }) => fileName(screen, viewport)).filter(
      (name) => !existsSync(join(GALLERY, name)),
    );
    expect(missing).toEqual([]);
  });
});
