import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const COACH_DIR = join(import.meta.dirname, "../../lambda/coach");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the coaching engine stays pure", () => {
  const files = sourceFiles(COACH_DIR);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(COACH_DIR.length + 1), f]))(
    "%s imports no Alexa, AWS or Node I/O",
    (_, file) => {
      const source = readFileSync(file, "utf8");
      const imports = [
        ...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms),
        ...source.matchAll(/\b(?:import|require)\(\s*"([^"]+)"/g),
      ].map((m) => m[1] ?? "");
      for (const spec of imports) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
      }
    },
  );

  it.each(files.map((f) => [f.slice(COACH_DIR.length + 1), f]))(
    "%s reads no clock and no randomness",
    (_, file) => {
      const source = readFileSync(file, "utf8");
      // Parsing a given time (new Date(iso)) is fine; reading the current one is not.
      expect(source).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(|process\.env/);
    },
  );
});
