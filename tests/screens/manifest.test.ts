import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VIEWPORTS } from "../support/apl-browser";

const manifest = JSON.parse(readFileSync("infra/skill-package/skill.json", "utf8"));

describe("the skill manifest", () => {
  it("declares APL for exactly the viewports the screens are tested on", () => {
    const [apl] = manifest.manifest.apis.custom.interfaces;
    expect(apl.type).toBe("ALEXA_PRESENTATION_APL");
    expect(
      apl.supportedViewports.map(
        (v: { mode: string; shape: string; minWidth: number; minHeight: number }) =>
          `${v.mode} ${v.shape} ${v.minWidth}x${v.minHeight}`,
      ),
    ).toEqual(VIEWPORTS.map((v) => `${v.mode} ${v.shape} ${v.width}x${v.height}`));
  });
});
