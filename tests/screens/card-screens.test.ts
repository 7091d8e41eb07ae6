import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AplBrowser, VIEWPORTS, type Viewport } from "../support/apl-browser";
import { renderDocument, type ScreenDevice } from "../support/device";
import { expectFits } from "../support/screen-checks";
import { JOURNEYS, journeyOn } from "../support/screen-journeys";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * The card screens (launch, how-to, calorie target, diet tip, finish) in a real browser, from
 * real skill responses, at every viewport: the words the datasource holds are on screen, none
 * cut off or too small.
 */

let skill: TestSkill;
let browser: AplBrowser;
/** One response per journey: the card does not depend on the device's size, only its layout. */
const responses = new Map<string, ResponseEnvelope>();
beforeAll(async () => {
  [skill, browser] = await Promise.all([startTestSkill(), AplBrowser.start()]);
  const show8: ScreenDevice = {
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 160,
    shape: "RECTANGLE",
    mode: "HUB",
  };
  for (const name of Object.keys(JOURNEYS))
    responses.set(name, await journeyOn(skill, name, show8, `browser-card-${name}`));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await skill?.close();
});

const cases = Object.keys(JOURNEYS).flatMap((name) => VIEWPORTS.map((v) => [name, v] as const));

describe("the card screens in a browser", { timeout: 30_000 }, () => {
  it.each(cases)("%s fits %o", async (name, viewport: Viewport) => {
    const directive = renderDocument(responses.get(name) as ResponseEnvelope);
    if (!directive) throw new Error(`${name} has no screen`);
    await browser.render(directive, viewport);
    const { heading, kicker } = directive.datasources?.screen ?? {};
    const text = await browser.text();
    expect(text).toContain(kicker);
    if (heading) expect(text).toContain(heading);
    expectFits(await browser.lines(), viewport);
  });
});
