import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelProblems } from "../../scripts/model/check-model";
import { compileModel } from "../../scripts/model/compile";
import { loadModel } from "./corpus-cases";

/** The committed model is what the grammar compiles to: run `npm run model` after an edit. */
describe("interaction-model/en-US.json", () => {
  const compiled = compileModel(join(import.meta.dirname, "../../interaction-model/grammar/en-US"));

  it("is the grammar compiled (not stale, not edited by hand)", () => {
    expect(loadModel()).toEqual(compiled);
  });

  it("keeps Alexa's limits, with no sample in two intents and no greedy duration", () => {
    expect(modelProblems(compiled)).toEqual([]);
  });
});
