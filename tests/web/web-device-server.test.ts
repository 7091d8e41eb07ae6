import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import { startWebDevice, type WebDevice } from "../../lambda/local/web/web-device";
import type { WebTurn } from "../../lambda/local/web/web-turn";

/**
 * The web device's server without a browser: what it serves, and what it refuses. Anything
 * on this machine can reach the port, and any site open in the browser can try to post to it.
 */

let skill: ConsoleSkill;
let web: WebDevice;
beforeAll(async () => {
  skill = await startConsoleSkill({ userId: "web-server-user", locale: "en-US" });
  web = await startWebDevice({ conversation: skill.conversation, locale: "en-US", port: 0 });
}, 30_000);
afterAll(async () => {
  await web?.close();
  await skill?.close();
});

const url = (path: string) => new URL(path, web.url).href;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url(path), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function turns(response: Response): Promise<WebTurn[]> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { turns: WebTurn[] }).turns;
}

/** A GET with a Host header of our choosing (fetch will not send another host's name). */
function getWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url(path), { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the web device's server", () => {
  it("serves the page with a policy that lets it load from itself only", async () => {
    const page = await fetch(web.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<select id="device">');
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' data:");
    expect(policy).not.toMatch(/https?:/);
  });

  it("serves the renderer with its outside hosts made local, and a stand-in font", async () => {
    const bundle = await (await fetch(url("/viewhost.js"))).text();
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(bundle).not.toContain("cloudfront.net");
    expect(bundle).toContain("/apl-fonts/AmazonEmberDisplay_Bd.ttf");
    const font = await fetch(url("/apl-fonts/AmazonEmberDisplay_Bd.ttf"));
    expect(font.status).toBe(200);
    expect(font.headers.get("content-type")).toBe("font/ttf");
  });

  it("lists the devices the page can be, a Dot among them", async () => {
    const info = (await (await fetch(url("/api/devices"))).json()) as {
      devices: { id: string; screen: unknown }[];
      defaultDevice: string;
    };
    expect(info.devices.map((d) => d.id)).toEqual([
      "echo-spot",
      "echo-show-5",
      "echo-show-8",
      "echo-show-15",
      "fire-tv",
      "echo-dot",
    ]);
    expect(info.devices.find((d) => d.id === "echo-dot")?.screen).toBeNull();
    expect(info.defaultDevice).toBe("echo-show-8");
  });

  it("answers a line with the turn, its timeline and, on a screen device, its screen", async () => {
    const [turn] = await turns(
      await post("/api/say", { line: "open back coach", device: "echo-show-5" }),
    );
    expect(turn?.text).toContain("Back Coach");
    expect(turn?.screen?.document.type).toBe("APL");
    expect(turn?.timeline.seconds).toBeGreaterThan(2);
    const [dot] = await turns(await post("/api/say", { line: "help", device: "echo-dot" }));
    expect(dot?.screen).toBeNull();
    expect(dot?.text).not.toBe("");
  });

  it("sends a touch as the screen's UserEvent in the session, answered as the word is", async () => {
    await post("/api/say", { line: "start the back fat blaster", device: "echo-show-8" });
    const [turn] = await turns(
      await post("/api/touch", {
        device: "echo-show-8",
        token: "backcoach-workout",
        arguments: ["ready"],
        source: { type: "TouchWrapper", handler: "Press" },
        label: "(touched Ready)",
      }),
    );
    expect(turn?.utterance).toBe("(touched Ready)");
    expect(turn?.text).toMatch(/^Go\. .* one .* two /);
    // A forged button is answered, briefly, and the workout is still there.
    const [forged] = await turns(
      await post("/api/touch", { device: "echo-show-8", token: "x", arguments: [{ evil: 1 }] }),
    );
    expect(forged?.text).not.toMatch(/problem/i);
    expect(forged?.endSession).toBe(false);
  });

  it("refuses another site, a name rebound to this address, and bodies that are not ours", async () => {
    expect(await getWithHost("/", "evil.example:80")).toBe(403);
    const otherSite = await post(
      "/api/say",
      { line: "delete my data", device: "echo-dot" },
      { origin: "https://evil.example" },
    );
    expect(otherSite.status).toBe(403);
    // A form post (what a page elsewhere can send without asking) is not JSON, so not a line.
    const form = await fetch(url("/api/say"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "line=delete+my+data&device=echo-dot",
    });
    expect(form.status).toBe(400);
    expect((await post("/api/say", "{not json")).status).toBe(400);
    expect((await post("/api/say", { line: "x".repeat(20_000), device: "echo-dot" })).status).toBe(
      413,
    );
    expect((await post("/api/say", { line: "x".repeat(301), device: "echo-dot" })).status).toBe(
      400,
    );
    expect((await post("/api/say", { line: "help", device: "a-phone" })).status).toBe(400);
    expect((await post("/api/say", { line: "help", device: "echo-dot", heard: -1 })).status).toBe(
      400,
    );
    expect((await post("/api/touch", { device: "echo-dot", token: 5, arguments: [] })).status).toBe(
      400,
    );
    const missing = await fetch(url("/nothing-here"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Not here." });
  });
});
