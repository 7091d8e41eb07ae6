import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HANDLED_INTENTS, Router } from "../../lambda/handlers/all-handlers";
import type { Handler } from "../../lambda/handlers/handler";

const HANDLERS = join(import.meta.dirname, "../../lambda/handlers");
/** The router's own files (which handlers load when) import handlers; handlers import none. */
const ROUTING = ["index.ts", "all-handlers.ts"];
const files = readdirSync(HANDLERS).filter(
  (name) => name.endsWith(".ts") && !ROUTING.includes(name),
);

describe("handlers return data", () => {
  it.each(files)("%s neither builds a response nor touches attributes", (name) => {
    const source = readFileSync(join(HANDLERS, name), "utf8");
    expect(source).not.toMatch(/responseBuilder|attributesManager|ask-sdk-core/);
  });

  it.each(files)("%s imports no other handler (shared moves live in conversation/)", (name) => {
    const source = readFileSync(join(HANDLERS, name), "utf8");
    const local = [...source.matchAll(/from "\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(local.filter((spec) => spec !== "handler")).toEqual([]);
  });

  it("claims each intent once, so no handler depends on its place in a list", () => {
    expect(new Set(HANDLED_INTENTS).size).toBe(HANDLED_INTENTS.length);
    const twice: Handler = {
      intents: ["AMAZON.HelpIntent"],
      handle: (turn) => ({ state: turn.state, reply: { speech: [] } }),
    };
    expect(() => new Router([twice, twice])).toThrow(/Two handlers claim AMAZON.HelpIntent/);
  });
});
