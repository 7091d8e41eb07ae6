import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { Conversation } from "../../lambda/local/conversation";
import {
  type CorpusCase,
  loadCorpus,
  loadModel,
  MODEL_PATH,
  onlyNumberConversion,
  sameMeaning,
  slotIds,
} from "./corpus-cases";

/**
 * The corpus through the console's resolver: each line is heard as the console hears it
 * (one-shot "ask back coach ..." split as a device does, spoken numbers as digits) and what
 * would reach the skill is compared with what the writer meant. The skill itself is a
 * stand-in that keeps the session open, since only the resolution is measured here.
 */
const REQUIRED = 0.95;

const keepListening = async (_event: RequestEnvelope): Promise<ResponseEnvelope> => ({
  version: "1.0",
  response: {
    outputSpeech: { type: "SSML", ssml: "<speak>Okay.</speak>" },
    shouldEndSession: false,
  },
});

function newConversation(): Conversation {
  return new Conversation({
    invoke: keepListening,
    modelPath: MODEL_PATH,
    userId: "corpus",
    locale: "en-US",
    skillId: "amzn1.ask.skill.corpus",
  });
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

async function heard(conversation: Conversation, line: CorpusCase) {
  if (line.context === "in-session" && !conversation.sessionOpen)
    await conversation.say("open back coach");
  if (line.context !== "in-session") await conversation.endSession();
  const turn = await conversation.say(line.say);
  return { intent: turn?.intent ?? null, slots: turn?.slots ?? {} };
}

describe("the en-US corpus through the console's resolver", () => {
  it(`understands at least ${REQUIRED * 100}% of the phrasings, intent and slots`, async () => {
    const model = loadModel();
    const cases = loadCorpus();
    const conversation = newConversation();
    const misses: string[] = [];
    const numbers: string[] = [];
    for (const line of cases) {
      const { intent, slots } = await heard(conversation, line);
      const ids = intent ? slotIds(model, intent, slots) : {};
      if (sameMeaning(line, intent, ids)) continue;
      const miss = `"${line.say}": ${intent} ${JSON.stringify(ids)}, meant ${line.intent} ${JSON.stringify(line.slots)}`;
      (onlyNumberConversion(model, line, intent, ids) ? numbers : misses).push(miss);
    }
    const score = 1 - (misses.length + numbers.length) / cases.length;
    const grammarScore = 1 - misses.length / (cases.length - numbers.length);
    console.log(
      [
        `corpus (resolver): ${percent(score)} of ${cases.length} (${percent(grammarScore)} excluding ${numbers.length} number/duration conversions pending)`,
        "misses:",
        ...misses,
        "number/duration conversions pending:",
        ...numbers,
      ].join("\n  "),
    );
    expect(cases.length).toBeGreaterThan(300);
    expect(score).toBeGreaterThanOrEqual(REQUIRED);
  }, 120_000);
});
