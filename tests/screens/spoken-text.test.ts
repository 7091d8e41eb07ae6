import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpeechBuilder } from "../../lambda/coach/speech/ssml-builder";
import { spokenText } from "../../lambda/screens/default-screen";

/** What a screen's text always was: tags to spaces, entities decoded, white space folded. */
function byPasses(ssml: string): string {
  let text = ssml.replace(/<[^>]+>/g, " ");
  for (const [entity, character] of [
    ["&apos;", "'"],
    ["&quot;", '"'],
    ["&lt;", "<"],
    ["&gt;", ">"],
    ["&amp;", "&"],
  ] as const)
    text = text.replaceAll(entity, character);
  return text.replace(/\s+/g, " ").trim();
}

const speechOf = (ssml: string): Parameters<typeof spokenText>[0] => ({
  ...new SpeechBuilder().build(),
  ssml,
});

describe("the text a screen shows of an answer", () => {
  it("drops tags and pauses, folds white space and decodes what the builder escaped", () => {
    const speech = new SpeechBuilder()
      .say("Rest for 30 seconds.")
      .pause(2)
      .say(`Tom's "push" & <pull>, then go.`)
      .build();
    expect(spokenText(speech)).toBe(`Rest for 30 seconds. Tom's "push" & <pull>, then go.`);
  });

  it("reads any mix of tags, entities, stray brackets and white space as the old passes did", () => {
    const piece = fc.constantFrom(
      "<speak>",
      "</speak>",
      '<break time="2s"/>',
      "<emphasis level='strong'>",
      "</emphasis>",
      "<>",
      "<",
      ">",
      "&amp;",
      "&amp;lt;",
      "&lt;b&gt;",
      "&apos;",
      "&quot;",
      "&",
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "\u2009",
      "word",
      "Go.",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const ssml = pieces.join("");
        expect(spokenText(speechOf(ssml))).toBe(byPasses(ssml));
      }),
      { numRuns: 3000 },
    );
  });
});
