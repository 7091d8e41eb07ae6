import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import { startWebDevice, type WebDevice } from "../../lambda/local/web/web-device";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/apl-browser";

/**
 * The web device end to end, in the system's Chromium: the page as `npm start -- --web` serves
 * it, the real APL renderer, the real skill on an in-memory dynalite. The browser's voice is
 * replaced by a recorder (a test machine has none), and the page's clock is Playwright's, so
 * a minute of speech plays in no time.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

// Each test is a new user on a new device: the web device talks for one user at a time.
let skill: ConsoleSkill;
let web: WebDevice;
beforeEach(async () => {
  skill = await startConsoleSkill({ userId: "web-page-user", locale: "en-US" });
  web = await startWebDevice({ conversation: skill.conversation, locale: "en-US", port: 0 });
}, 30_000);
afterEach(async () => {
  await web?.close();
  await skill?.close();
});

/** Stands in for speechSynthesis: records what the page asks it to say. */
const RECORDING_VOICE = `
  window.spoken = [];
  const voice = {
    speaking: false, pending: false, paused: false,
    speak(utterance) { window.spoken.push(utterance.text); },
    cancel() {}, pause() {}, resume() {}, getVoices() { return []; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: voice, configurable: true });
`;

interface OpenPage {
  readonly page: Page;
  /** Every URL the page asked for, and every error it reported. */
  readonly requests: string[];
  readonly problems: string[];
}

async function openPage(): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: { width: 2000, height: 1100 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(RECORDING_VOICE);
  await page.clock.install({ time: new Date("2026-12-01T18:00:00Z") });
  await page.goto(web.url);
  await page.waitForFunction('document.body.dataset.ready === "true"', undefined, {
    polling: 100,
  });
  return { page, requests, problems };
}

const screenText = (page: Page) => page.locator("#screen").innerText();
const spoken = async (page: Page): Promise<string[]> => {
  const said = await page.evaluate("window.spoken");
  return Array.isArray(said) ? said.map(String) : [];
};

/** Waits for the words in an element: the screen (#screen) or the conversation (#log). */
async function shows(page: Page, id: "screen" | "log", words: string): Promise<void> {
  const test = `document.getElementById(${JSON.stringify(id)}).innerText.includes(${JSON.stringify(words)})`;
  await page.waitForFunction(test, undefined, { polling: 100, timeout: 20_000 });
}

/** Types a line and sends it, as the page's text box does; resolves with the request's body. */
async function say(page: Page, line: string): Promise<Record<string, unknown>> {
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/say"));
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/say"));
  await page.fill("#line", line);
  await page.press("#line", "Enter");
  const body = (await sent).postDataJSON() as Record<string, unknown>;
  await answered;
  return body;
}

/** Taps the words on the rendered screen, as a finger would (the renderer's own hit test). */
async function tapOnScreen(page: Page, words: string): Promise<void> {
  // A new renderer takes the first half second of pointer input for a touch's echo.
  await page.clock.runFor(600);
  const box = await page
    .locator("#screen p", { hasText: new RegExp(`^${words}$`) })
    .first()
    .boundingBox();
  if (!box) throw new Error(`no "${words}" on the screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.clock.runFor(100);
  await page.mouse.up();
  await page.clock.runFor(100);
}

describe("the web device in a browser", { timeout: 90_000 }, () => {
  it("starts the back fat blaster by text, goes on by a touch on Ready, and says the counts", async () => {
    const { page, requests, problems } = await openPage();
    await page.fill("#line", "start the back fat blaster");
    await page.press("#line", "Enter");
    await shows(page, "screen", "Reverse-grip double-arm rows");
    expect(await screenText(page)).toContain("The back fat blaster");

    await tapOnScreen(page, "Ready");
    // The set's answer, and its screen: the move, its reps, the way on.
    await shows(page, "log", "Go.");
    const set = await screenText(page);
    for (const words of ["Reverse-grip double-arm rows", "12 reps", "Next: jumping jacks"])
      expect(set).toContain(words);
    // The set's minute of counting, on the page's clock.
    await page.clock.runFor(60_000);
    const said = await spoken(page);
    for (const count of ["Go.", "one", "two", "three", "eleven"]) expect(said).toContain(count);
    // In the order the timeline places them, each a run of its own.
    expect(said.indexOf("one")).toBeLessThan(said.indexOf("two"));
    // The caption is the run being said: by now the last one, the question.
    expect(await page.locator("#caption").innerText()).toBe(said.at(-1));
    expect(said.at(-1)).toMatch(/\?$/);
    expect(await page.locator("#log").innerText()).toContain("(touched ready)");

    // Nothing came from outside 127.0.0.1 (the fonts and the renderer included).
    expect(requests.length).toBeGreaterThan(5);
    for (const url of requests) expect(new URL(url).hostname).toBe("127.0.0.1");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("speaking over an answer is a barge-in: the skill hears how far it got", async () => {
    const { page } = await openPage();
    await say(page, "start the back fat blaster");
    await say(page, "ready");
    // Twelve seconds into the set's counting, the user says "pause".
    await page.clock.runFor(12_000);
    const pause = await say(page, "pause");
    expect(pause.heard).toBeGreaterThanOrEqual(11);
    // The page's clock also runs on its own while the line is typed: a little more, never less.
    expect(pause.heard).toBeLessThanOrEqual(15);
    await say(page, "open back coach");
    await shows(page, "log", "You stopped partway through reverse-grip double-arm rows");
    await page.close();
  });

  it("is a Dot without a screen, or a round Spot, as picked", async () => {
    const { page, problems } = await openPage();
    await page.selectOption("#device", "echo-dot");
    await say(page, "open back coach");
    await shows(page, "log", "Back Coach");
    expect(await page.locator("#dot").isVisible()).toBe(true);
    expect(await page.locator("#screen").isVisible()).toBe(false);
    await page.selectOption("#device", "echo-spot");
    await say(page, "what's my calorie target");
    expect(await page.locator("#frame").getAttribute("class")).toContain("round");
    await page.waitForFunction(
      'document.getElementById("screen").innerText.trim() !== ""',
      undefined,
      {
        polling: 100,
      },
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("has the console's clock as buttons: silence plays the reprompt, twice ends the session", async () => {
    const { page } = await openPage();
    await say(page, "open back coach");
    await shows(page, "screen", "Back Coach");
    const reprompt = page.waitForResponse((r) => r.url().endsWith("/api/say"));
    await page.click("text=Silence");
    const first = (await (await reprompt).json()) as {
      turns: { text: string; endSession: boolean; timeline: { pieces: { text: string }[] } }[];
    };
    expect(first.turns[0]?.text).not.toBe("");
    expect(first.turns[0]?.endSession).toBe(false);
    // Once the page says the reprompt (which has no screen of its own), the launch screen is
    // still up: the caption shows its first words only after the screen step has run.
    const firstWords = first.turns[0]?.timeline.pieces[0]?.text ?? "";
    await page.waitForFunction(
      `document.getElementById("caption").innerText === ${JSON.stringify(firstWords)}`,
      undefined,
      { polling: 100, timeout: 20_000 },
    );
    expect(await screenText(page)).toContain("Back Coach");
    const ended = page.waitForResponse((r) => r.url().endsWith("/api/say"));
    await page.click("text=Silence");
    const second = (await (await ended).json()) as { sessionOpen: boolean };
    expect(second.sessionOpen).toBe(false);
    await shows(page, "log", "The session has ended");
    await page.close();
  });
});
