import { describe, expect, it } from "vitest";
import { expand, GrammarError } from "../../scripts/model/expand";
import { readGrammar, WRAPPED_PER_INTENT } from "../../scripts/model/grammar";

describe("expanding a template", () => {
  it("gives every alternative, optional words both ways, and leaves slots alone", () => {
    expect(expand("(start | begin) [my] {kind} workout")).toEqual([
      "start my {kind} workout",
      "start {kind} workout",
      "begin my {kind} workout",
      "begin {kind} workout",
    ]);
  });

  it("expands named lists in place and drops duplicates", () => {
    const lists = new Map([["polite", "please | please"]]);
    expect(expand("go $polite", lists)).toEqual(["go please"]);
  });

  it("refuses an unknown list, an unclosed bracket and a list that refers to itself", () => {
    expect(() => expand("go $nope")).toThrow(GrammarError);
    expect(() => expand("go (a | b")).toThrow(GrammarError);
    expect(() => expand("go $a", new Map([["a", "x $a"]]))).toThrow(/itself/);
  });
});

describe("reading a grammar", () => {
  it("wraps short sentences in the intent's frames, each on its own, not in combination", () => {
    const grammar = readGrammar(
      "frame lead = okay ...\nframe polite = ... please\nintent Go\n  frames: lead polite\n  go",
      "test",
    );
    expect(grammar.intents.get("Go")?.samples).toEqual(["go", "okay go", "go please"]);
  });

  it("teaches every shape on the first sentences, then one shape each in turn", () => {
    const grammar = readGrammar(
      "frame lead = (okay | so) ...\nintent Go\n  frames: lead\n  a | b | c | d | e",
      "test",
    );
    const samples = grammar.intents.get("Go")?.samples ?? [];
    // a, b and c (TAUGHT_IN_FULL) with both shapes; d and e with one each, in turn.
    expect(samples.filter((s) => s.includes(" "))).toEqual([
      "okay a",
      "so a",
      "okay b",
      "so b",
      "okay c",
      "so c",
      "so d",
      "okay e",
    ]);
  });

  it(`wraps at most ${WRAPPED_PER_INTENT} sentences of an intent in one frame`, () => {
    const many = Array.from(
      { length: WRAPPED_PER_INTENT + 20 },
      (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const grammar = readGrammar(
      `frame lead = okay ...\nintent Go\n  frames: lead\n  ${many.join(" | ")}`,
      "test",
    );
    const framed = (grammar.intents.get("Go")?.samples ?? []).filter((s) => s.startsWith("okay "));
    expect(framed).toHaveLength(WRAPPED_PER_INTENT);
  });

  it("leaves long sentences and sentences with two slots unframed", () => {
    const grammar = readGrammar(
      "frame lead = okay ...\nintent Go\n  frames: lead\n  go on to the next one | {a} {b}",
      "test",
    );
    expect(grammar.intents.get("Go")?.samples).toEqual(["go on to the next one", "{a} {b}"]);
  });

  it("says where a mistake is", () => {
    expect(() => readGrammar("intent Go\n  frames: nope", "x.grammar")).toThrow(/x\.grammar:2/);
  });
});
