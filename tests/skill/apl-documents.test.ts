import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aplDocument } from "../../lambda/screens/documents";
import { DOCUMENT_NAMES } from "../../lambda/screens/screen";

describe("the APL documents (loaded when a screen first needs one)", () => {
  it("are each the document's file, read once and then kept", () => {
    for (const name of DOCUMENT_NAMES) {
      const file = join(import.meta.dirname, "../../lambda/screens/documents", `${name}.apl.json`);
      const document = aplDocument(name);
      expect(document).toEqual(JSON.parse(readFileSync(file, "utf8")));
      expect(document.type).toBe("APL");
      // The same object every time: a warm container parses each document once.
      expect(aplDocument(name)).toBe(document);
    }
  });
});
