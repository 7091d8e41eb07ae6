import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const LAMBDA = join(import.meta.dirname, "../../lambda");

/** The modules that decide what a user hears. */
const SPEAKING = [
  "coach/segments",
  "coach/how-to.ts",
  "coach/lines.ts",
  "coach/nutrition/speak-nutrition.ts",
  "coach/nutrition/profile-input.ts",
  "coach/nutrition/tips.ts",
  "coach/progress/speak-progress.ts",
  "conversation",
  "handlers",
  "turn",
  "envelope-guard.ts",
];

function sources(path: string): string[] {
  const full = join(LAMBDA, path);
  if (full.endsWith(".ts")) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() || entry.name.endsWith(".ts") ? sources(join(path, entry.name)) : [],
  );
}

/** String literals in the code, comments, log lines and error messages left out. */
function literals(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/^(?:import|export)\b[^;]*?\bfrom\s+"[^"]+";/gms, "")
    .replace(/logger\.\w+\([^)]*\)/g, "")
    .replace(/(?:new \w*Error|super)\([^;]*;/g, "");
  return [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
}

/** Text a listener would hear: words, once placeholders, keys ("skill.x") and joins are set aside. */
function isSpokenText(literal: string): boolean {
  const text = literal.replace(/\$\{[^}]*\}/g, "").trim();
  // Keys, paths, patterns and MIME types have no spaces: "skill.x", "/v2/devices", "Reminders.*";
  // nor have JSON-LD keys in Alexa's directives ("@type").
  return /[A-Za-z]{2,}/.test(text) && !/^@?[\w./*:-]+$/.test(text);
}

describe("what the coach says is data", () => {
  const files = SPEAKING.flatMap(sources);

  it("has the speaking modules to check", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [relative(LAMBDA, f), f]))("%s holds no sentence", (_, file) => {
    expect(literals(readFileSync(file, "utf8")).filter(isSpokenText)).toEqual([]);
  });

  it("names a locale only in the registry", () => {
    for (const file of sources(".")) {
      if (file.endsWith(join("i18n", "locales.ts"))) continue;
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
      expect(code, relative(LAMBDA, file)).not.toMatch(/"en-US"|'en-US'/);
    }
  });
});
