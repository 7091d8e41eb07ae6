import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, it } from "vitest";
import { AplBrowser, deviceOf, type Viewport } from "../../tests/support/apl-browser";
import { renderDocument } from "../../tests/support/device";
import { fileName, GALLERY, PICTURES } from "../../tests/support/gallery";
import { journeyOn } from "../../tests/support/screen-journeys";
import { startTestSkill, type TestSkill } from "../../tests/support/test-skill";

/**
 * `npm run screens:gallery`: draws the README's gallery (docs/screens/) from real skill
 * responses, with the renderer and fake clock the browser tests use. Run by its own vitest
 * config (vitest.gallery.config.ts), never as part of `npm test`.
 */

describe("drawing the gallery", { timeout: 120_000 }, () => {
  let skill: TestSkill;
  let browser: AplBrowser;
  beforeAll(async () => {
    [skill, browser] = await Promise.all([startTestSkill(), AplBrowser.start()]);
    mkdirSync(GALLERY, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await skill?.close();
  });

  it.each(PICTURES)("draws $screen on $viewport.name", async ({ screen, viewport }) => {
    const response: ResponseEnvelope =
      screen === "workout"
        ? await workoutOn(skill, viewport)
        : await journeyOn(skill, screen, deviceOf(viewport), `gallery-${screen}`);
    const directive = renderDocument(response);
    if (!directive) throw new Error(`${screen} has no screen`);
    await browser.render(directive, viewport);
    // A few seconds into the cardio block, so its countdown is running.
    if (screen === "workout") await browser.advanceTo(20_000);
    writeFileSync(join(GALLERY, fileName(screen, viewport)), await browser.screenshot(viewport));
  });
});

async function workoutOn(skill: TestSkill, viewport: Viewport): Promise<ResponseEnvelope> {
  const device = skill.device(`gallery-workout-${viewport.width}x${viewport.height}`);
  device.screen = deviceOf(viewport);
  await device.intent("StartWorkoutIntent", {});
  await device.intent("ReadyIntent");
  return device.intent("ReadyIntent");
}
