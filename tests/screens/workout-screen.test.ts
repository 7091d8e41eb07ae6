import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateSsmlSeconds } from "../../lambda/coach";
import { AplBrowser, deviceOf, VIEWPORTS, type Viewport } from "../support/apl-browser";
import { renderDocument, said } from "../support/device";
import { expectFits } from "../support/screen-checks";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * The workout screen in a real browser (Chromium, apl-viewhost-web 1.4.0), from real skill
 * responses: it fits every device, its countdown runs with the voice, and its buttons send
 * the UserEvents the skill answers as the spoken intents.
 */

let skill: TestSkill;
let browser: AplBrowser;
beforeAll(async () => {
  [skill, browser] = await Promise.all([startTestSkill(), AplBrowser.start()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await skill?.close();
});

/** As the device reports itself: Fire TV in pixels at 320 dpi, the others at 160. */
/** A workout on a device of this viewport: its first set, then the cardio block after it. */
async function workoutOn(v: Viewport, user: string) {
  const device = skill.device(`${user}-${v.width}x${v.height}`);
  device.screen = deviceOf(v);
  await device.intent("StartWorkoutIntent", {});
  const set = await device.intent("ReadyIntent");
  const cardio = await device.intent("ReadyIntent");
  return { device, set, cardio };
}

function directiveOf(response: ResponseEnvelope) {
  const directive = renderDocument(response);
  if (!directive) throw new Error("no screen in the response");
  return directive;
}

/** Seconds into a response's speech where `text` is said, by the estimate cues are placed with. */
function secondsUntil(response: ResponseEnvelope, text: string): number {
  const speech = response.response.outputSpeech;
  const ssml = speech?.type === "SSML" ? speech.ssml : "";
  const at = ssml.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not said`);
  return estimateSsmlSeconds(`${ssml.slice(0, at)}</speak>`);
}

describe("the workout screen in a browser", { timeout: 60_000 }, () => {
  it.each(VIEWPORTS)("fits $name, set and cardio alike, and is readable", async (v) => {
    const { set, cardio } = await workoutOn(v, "fits");
    await browser.render(directiveOf(set), v);
    expect(await browser.text()).toContain("Reverse-grip double-arm rows");
    expectFits(await browser.lines(), v);
    await browser.render(directiveOf(cardio), v);
    const text = await browser.text();
    expect(text).toContain("Jumping jacks");
    expect(text).toContain("1:00");
    expectFits(await browser.lines(), v);
  });

  it("reads 0:30 when the voice says thirty seconds left, then counts the hard minute", async () => {
    const show8 = VIEWPORTS[2] as Viewport;
    const { cardio } = await workoutOn(show8, "countdown");
    await browser.render(directiveOf(cardio), show8);
    expect(await browser.text()).toMatch(/Moderate\s+1:00/);
    const cue = secondsUntil(cardio, "Thirty seconds left.");
    // Half a second into the words "thirty seconds left".
    await browser.advanceTo((cue + 0.5) * 1000);
    expect(await browser.text()).toMatch(/Moderate\s+0:30/);
    const hard = secondsUntil(cardio, "Now go hard!");
    await browser.advanceTo((hard + 2) * 1000);
    expect(await browser.text()).toMatch(/Hard\s+1:0\d/);
  });

  it("sends what each button says, and the skill answers it as the spoken intent", async () => {
    const show5 = VIEWPORTS[1] as Viewport;
    const { device, cardio } = await workoutOn(show5, "buttons");
    await browser.render(directiveOf(cardio), show5);
    for (const [label, action] of [
      ["Pause", "pause"],
      ["Repeat", "repeat"],
      ["Skip", "skip"],
      ["Next", "next"],
      ["Ready", "ready"],
    ] as const)
      expect(await browser.tap(label), label).toEqual([action]);
    // The tap's arguments, sent as Alexa sends them, skip as "skip this exercise" does: the
    // cardio block was heard to its end, so the move the user faces is the plank after it.
    const skipped = await device.touch(...((await browser.tap("Skip")) ?? []));
    expect(said(skipped)).toMatch(/^Skipping side plank arm extensions\. .* Ready\?$/);
  });

  it("takes the D-pad on Fire TV, which has no touch: down to the buttons, right along them", async () => {
    const tv = VIEWPORTS[4] as Viewport;
    const { cardio } = await workoutOn(tv, "dpad");
    await browser.reload();
    await browser.render(directiveOf(cardio), tv);
    expect(await browser.press("ArrowDown", "Enter")).toEqual(["pause"]);
    expect(await browser.press("ArrowRight", "ArrowRight", "Enter")).toEqual(["skip"]);
  });

  it("fails a render whose document cannot load (an import the page cannot serve)", async () => {
    const broken = {
      document: {
        type: "APL",
        version: "1.4",
        import: [{ name: "alexa-layouts", version: "1.2.0" }],
        mainTemplate: { parameters: ["payload"], items: [{ type: "Text", text: "hello" }] },
      },
      datasources: {},
    };
    await expect(browser.render(broken, VIEWPORTS[2] as Viewport)).rejects.toThrow(
      /APL render failed/,
    );
  });

  it("keeps Pause and Ready on the round Echo Spot, the rest a word away", async () => {
    const spot = VIEWPORTS[0] as Viewport;
    const { cardio } = await workoutOn(spot, "spot");
    await browser.render(directiveOf(cardio), spot);
    const words = (await browser.lines()).map((l) => l.text);
    expect(words).toEqual(expect.arrayContaining(["Pause", "Ready"]));
    expect(words).not.toContain("Skip");
  });

  it.each(VIEWPORTS)(
    "hands-free on $name: the screen follows the voice from the set into the cardio",
    async (v) => {
      const device = skill.device(`hands-free-${v.width}x${v.height}`);
      device.screen = deviceOf(v);
      await device.intent("HandsFreeOnIntent");
      // One answer: the introduction, the rows' set, then the cardio block straight after it.
      const run = directiveOf(await device.intent("StartWorkoutIntent", {}));
      const pages = (run.datasources as { screen: { pages: { shownFrom: number }[] } }).screen
        .pages;
      expect(pages.length).toBeGreaterThanOrEqual(3);
      await browser.render(run, v);
      expect(await browser.text()).toContain("Reverse-grip double-arm rows");
      expectFits(await browser.lines(), v);
      const cardioFrom = pages.at(-1)?.shownFrom ?? 0;
      await browser.advanceTo(cardioFrom - 1000);
      expect(await browser.text()).not.toContain("Jumping jacks\n");
      expect(await browser.text()).toContain("Reverse-grip double-arm rows");
      await browser.advanceTo(cardioFrom + 1000);
      const cardio = await browser.text();
      expect(cardio).toContain("Jumping jacks");
      expect(cardio).not.toContain("Reverse-grip double-arm rows");
      expectFits(await browser.lines(), v);
    },
  );
});
