import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import type { Viewport } from "../../lambda/local/screen-devices";
import { FONT_PATH, offlineViewhost, standInFont } from "../../lambda/local/web/offline-viewhost";

/**
 * Renders APL documents in the system's Chromium with apl-viewhost-web 1.4.0, offline, as the
 * web device does (the same bundle with its hosts made local, the same start-up in
 * apl-screen.js): the page is served from 127.0.0.1, the fonts are Debian's DejaVu Sans, and
 * any outside request is refused and recorded (a failed package import blanks the screen,
 * which the checks then see). One browser per test file, one page reused.
 */

export { deviceOf, VIEWPORTS, type Viewport } from "../../lambda/local/screen-devices";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * As root (CI) Chromium needs --no-sandbox; the rest keep it from reaching for Google's
 * services at start, which a machine with no internet refuses, many connections at a time.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

const APL_SCREEN = join(import.meta.dirname, "../../lambda/local/web/page/apl-screen.js");

const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<style>html,body{margin:0;background:#000;overflow:hidden}#screen{position:relative}</style>
<script src="/viewhost.js"></script>
<script src="/apl-screen.js"></script>
<script>
window.aplEvents = [];
// The web device's own renderer start-up (lambda/local/web/page/apl-screen.js).
window.aplRender = async (doc, data, vp) => {
  window.aplEvents = [];
  window.aplRenderer = await AplScreen.render(document.getElementById("screen"), doc, data, vp,
    (e) => window.aplEvents.push(e), "back-coach-tests");
};
window.aplAskTime = () => {
  window.aplEvents = [];
  window.aplRenderer.executeCommands(JSON.stringify([{ type: "SendEvent", arguments: ["\${elapsedTime}"] }]));
};
window.aplFirstEvent = () => (window.aplEvents[0] || {}).arguments;
window.aplClearEvents = () => { window.aplEvents = []; };

window.aplText = () => document.getElementById("screen").innerText;
// Each text component's lines as laid out (a Range's client rects, so a centred line is
// measured where its glyphs are, not across its whole box), and whether its box is smaller
// than its text, which is text cut off.
window.aplMeasure = () => {
  const lines = [];
  for (const p of document.querySelectorAll("#screen p")) {
    if (p.offsetParent === null || !p.innerText.trim()) continue;
    const box = p.parentElement || p;
    const clipped = p.scrollWidth > box.clientWidth + 1 || p.scrollHeight > box.clientHeight + 1;
    const range = document.createRange();
    range.selectNodeContents(p);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    // Inside a ScrollView a line may sit below the fold: what must fit is the view around it.
    const scroll = p.closest(".scrollView");
    const sr = scroll ? scroll.getBoundingClientRect() : undefined;
    lines.push({
      ...(sr ? { scroller: { x: sr.left, y: sr.top, width: sr.width, height: sr.height } } : {}),
      text: p.innerText.trim(), x: left, y: top,
      width: Math.max(...rects.map((r) => r.right)) - left,
      height: Math.max(...rects.map((r) => r.bottom)) - top,
      fontSize: parseFloat(getComputedStyle(p).fontSize), clipped,
    });
  }
  return lines;
};
</script></head><body><div id="screen"></div></body></html>`;

/** A RenderDocument as the skill sends it (only the parts a renderer needs). */
export interface Renderable {
  readonly document?: Readonly<Record<string, unknown>>;
  readonly datasources?: Readonly<Record<string, unknown>>;
}

/** One line of rendered text: where it is, its size, and whether its component clips it. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly clipped: boolean;
  /** The ScrollView the line is in, if any: the line may be scrolled to; the view must fit. */
  readonly scroller?: Box;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

type RenderInPage = (document: unknown, data: unknown, viewport: Viewport) => Promise<void>;

/** How far ahead of the page's time its clock is stopped: a little room for the call itself. */
const PAUSE_AHEAD_MS = 250;

/** Past the renderer's start-up, when it begins to take pointer input. */
const SETTLE_MS = 600;

/** A few frames: enough for a command or a tap to run on the renderer's frame loop. */
const FRAME_MS = 100;

export class AplBrowser {
  /** Outside requests the page tried and was refused (package imports, anything else). */
  readonly refused: string[] = [];
  /** Console errors and warnings from the renderer: any of them fails a render. */
  readonly problems: string[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly server: Server,
    readonly page: Page,
  ) {}

  static async start(): Promise<AplBrowser> {
    const server = createServer((req, res) => {
      const font = req.url?.startsWith(FONT_PATH) ? standInFont(req.url) : undefined;
      if (req.url === "/viewhost.js") {
        res.writeHead(200, { "content-type": "text/javascript" });
        res.end(offlineViewhost());
      } else if (req.url === "/apl-screen.js") {
        res.writeHead(200, { "content-type": "text/javascript" });
        res.end(readFileSync(APL_SCREEN));
      } else if (font) {
        res.writeHead(200, { "content-type": "font/ttf" });
        res.end(readFileSync(font));
      } else {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(PAGE);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const self = new AplBrowser(browser, server, page);
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") self.problems.push(m.text());
    });
    page.on("pageerror", (e) => self.problems.push(e.message));
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      self.refused.push(url.href);
      return route.abort();
    });
    await page.clock.install({ time: new Date("2026-12-01T12:00:00Z") });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    return self;
  }

  /**
   * Renders a RenderDocument's document and datasources at a viewport, then stops the page's
   * clock: from here on, time moves only by `advance`, so countdowns are exact and repeatable.
   * Any renderer error or refused outside request during it fails the render.
   */
  async render(directive: Renderable, viewport: Viewport): Promise<void> {
    this.problems.length = 0;
    this.refused.length = 0;
    await this.page.clock.resume();
    // Runs in the page, whose script (PAGE) defines aplRender.
    await this.page.evaluate(
      ([document, data, vp]) =>
        (globalThis as unknown as { aplRender: RenderInPage }).aplRender(document, data, vp),
      [directive.document, directive.datasources ?? {}, viewport] as const,
    );
    await this.pauseSoon();
    // A new renderer ignores the mouse for its first 500 ms (taking it for a touch's echo).
    await this.page.clock.runFor(SETTLE_MS);
    if (this.problems.length > 0 || this.refused.length > 0)
      throw new Error(`APL render failed: ${[...this.problems, ...this.refused].join("; ")}`);
  }

  /**
   * Stops the page's clock a moment from now. The moment is read from the page, and on a busy
   * machine it can pass before the pause arrives (Playwright then refuses to go back in time):
   * read it again and retry.
   */
  private async pauseSoon(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const now = await this.page.evaluate(() => Date.now());
      try {
        await this.page.clock.pauseAt(now + PAUSE_AHEAD_MS);
        return;
      } catch (error) {
        if (attempt >= 10 || !String(error).includes("to the past")) throw error;
      }
    }
  }

  /** Milliseconds since the document was shown, as APL's own clock (elapsedTime) reads. */
  async elapsed(): Promise<number> {
    await this.page.evaluate("window.aplAskTime()");
    // The command runs on the renderer's next frame, which only the fake clock can bring.
    await this.page.clock.runFor(FRAME_MS);
    const sent = await this.page.evaluate("window.aplFirstEvent()");
    const ms = Array.isArray(sent) ? sent[0] : undefined;
    if (typeof ms !== "number") throw new Error("the renderer did not report its time");
    return ms;
  }

  /** Moves the document's clock on to `ms` after it was shown. */
  async advanceTo(ms: number): Promise<void> {
    const now = await this.elapsed();
    if (ms > now) await this.page.clock.runFor(Math.round(ms - now));
  }

  /** The words on screen, as a person sees them (hidden components have none). */
  async text(): Promise<string> {
    return String(await this.page.evaluate("window.aplText()"));
  }

  /** Every line of text on screen, with its box and size, and whether its box clips it. */
  async lines(): Promise<TextLine[]> {
    const lines = await this.page.evaluate("window.aplMeasure()");
    if (!Array.isArray(lines)) throw new Error("the page could not measure its text");
    return lines as TextLine[];
  }

  /** Taps the words `label` and returns the arguments of the SendEvent it made, if any. */
  async tap(label: string): Promise<readonly unknown[] | undefined> {
    const line = (await this.lines()).find((l) => l.text === label);
    if (!line) throw new Error(`no "${label}" on screen`);
    await this.page.evaluate("window.aplClearEvents()");
    // The renderer reads a press from pointer down and up on its frame loop: give it frames.
    await this.page.mouse.move(line.x + line.width / 2, line.y + line.height / 2);
    await this.page.mouse.down();
    await this.page.clock.runFor(FRAME_MS);
    await this.page.mouse.up();
    await this.page.clock.runFor(FRAME_MS);
    const sent = await this.page.evaluate("window.aplFirstEvent()");
    return Array.isArray(sent) ? sent : undefined;
  }

  /**
   * Loads the page anew. The renderer's D-pad navigation is set up once per page and does not
   * follow a second renderer, so a test that uses keys starts from a fresh page.
   */
  async reload(): Promise<void> {
    await this.page.clock.resume();
    await this.page.reload();
  }

  /** Presses keys as a remote's D-pad does, each given a frame; returns the SendEvent made. */
  async press(...keys: string[]): Promise<readonly unknown[] | undefined> {
    await this.page.evaluate("window.aplClearEvents()");
    for (const key of keys) {
      await this.page.keyboard.down(key);
      await this.page.clock.runFor(FRAME_MS);
      await this.page.keyboard.up(key);
      await this.page.clock.runFor(FRAME_MS);
    }
    const sent = await this.page.evaluate("window.aplFirstEvent()");
    return Array.isArray(sent) ? sent : undefined;
  }

  /** The screen as a PNG, at the viewport's size (the gallery in docs/screens/). */
  async screenshot(viewport: Viewport): Promise<Buffer> {
    return this.page.screenshot({
      clip: { x: 0, y: 0, width: viewport.width, height: viewport.height },
    });
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
