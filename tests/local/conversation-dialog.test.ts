import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { Conversation } from "../../lambda/local/conversation";

/**
 * The console's dialog handling on its own: a stand-in skill that asks for a slot, so the test
 * can see what the console sends back when the user answers with just the value.
 */
function elicitingSkill(received: RequestEnvelope[]) {
  return async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(event);
    const asking =
      event.request.type === "IntentRequest" && !event.request.intent.slots?.equipment?.value;
    return {
      version: "1.0",
      response: {
        outputSpeech: { type: "SSML", ssml: "<speak>What kit do you have?</speak>" },
        shouldEndSession: false,
        ...(asking
          ? {
              directives: [
                {
                  type: "Dialog.ElicitSlot",
                  slotToElicit: "equipment",
                  updatedIntent: {
                    name: "StartWorkoutIntent",
                    confirmationStatus: "NONE",
                    slots: {
                      level: { name: "level", value: "beginner", confirmationStatus: "NONE" },
                    },
                  },
                },
              ],
            }
          : {}),
      },
    };
  };
}

/** A one-intent model with a dialog that elicits `equipment`, as issue-4 style dialogs will. */
function dialogModelFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), "back-coach-dialog-")), "en-US.json");
  const slots = [
    { name: "level", type: "Level" },
    { name: "equipment", type: "Equipment" },
  ];
  writeFileSync(
    path,
    JSON.stringify({
      interactionModel: {
        languageModel: {
          invocationName: "back coach",
          intents: [
            {
              name: "StartWorkoutIntent",
              slots,
              samples: ["start a {level} workout", "I have {equipment}"],
            },
            // Another intent whose sample is just a kit: a bare kit answer must not go here.
            {
              name: "ShopIntent",
              slots: [{ name: "item", type: "Equipment" }],
              samples: ["{item}", "buy {item}"],
            },
            { name: "AMAZON.StopIntent", samples: [] },
            { name: "AMAZON.FallbackIntent", samples: [] },
          ],
          types: [
            { name: "Level", values: [{ id: "beginner", name: { value: "beginner" } }] },
            {
              name: "Equipment",
              values: [{ id: "band", name: { value: "band", synonyms: ["a resistance band"] } }],
            },
          ],
        },
        dialog: {
          intents: [
            {
              name: "StartWorkoutIntent",
              confirmationRequired: false,
              prompts: {},
              slots: [
                {
                  name: "level",
                  type: "Level",
                  elicitationRequired: false,
                  confirmationRequired: false,
                  prompts: {},
                },
                {
                  name: "equipment",
                  type: "Equipment",
                  elicitationRequired: true,
                  confirmationRequired: false,
                  prompts: { elicitation: "Elicit.Equipment" },
                },
              ],
            },
          ],
        },
        prompts: [
          {
            id: "Elicit.Equipment",
            variations: [{ type: "PlainText", value: "What kit do you have?" }],
          },
        ],
      },
    }),
  );
  return path;
}

describe("answering a dialog's question", () => {
  it("sends a bare answer as the slot being asked for, as a device does", async () => {
    const received: RequestEnvelope[] = [];
    const conversation = new Conversation({
      invoke: elicitingSkill(received),
      modelPath: dialogModelFile(),
      userId: "dialog-user",
      locale: "en-US",
      skillId: "amzn1.ask.skill.dialog-test",
    });
    await conversation.say("start a beginner workout");
    const turn = await conversation.say("a resistance band");
    expect(turn).toMatchObject({
      intent: "StartWorkoutIntent",
      slots: { level: "beginner", equipment: "a resistance band" },
    });
    const last = received.at(-1)?.request;
    expect(last?.type === "IntentRequest" && last.intent.slots?.equipment?.value).toBe(
      "a resistance band",
    );
  });
});

describe("a line that is not the answer, while a dialog asks", () => {
  function conversationWith(received: RequestEnvelope[]) {
    return new Conversation({
      invoke: elicitingSkill(received),
      modelPath: dialogModelFile(),
      userId: "router-user",
      locale: "en-US",
      skillId: "amzn1.ask.skill.dialog-test",
    });
  }

  it("takes a bare value of the slot asked for, though another intent's sample takes it too", async () => {
    const conversation = conversationWith([]);
    await conversation.say("start a beginner workout");
    expect(await conversation.say("a resistance band")).toMatchObject({
      intent: "StartWorkoutIntent",
    });
  });

  it("sends a line that clearly means another intent to that intent", async () => {
    const conversation = conversationWith([]);
    await conversation.say("start a beginner workout");
    expect((await conversation.say("buy a resistance band"))?.intent).toBe("ShopIntent");
    await conversation.say("start a beginner workout");
    expect((await conversation.say("stop"))?.intent).toBe("AMAZON.StopIntent");
  });

  it("with no dialog under way, the same bare value is just the best sample", async () => {
    const conversation = conversationWith([]);
    expect((await conversation.say("a resistance band"))?.intent).toBe("ShopIntent");
  });
});

describe("the first line of a console session", () => {
  it("opens the skill with a LaunchRequest and nothing before it, as a device does", async () => {
    const received: RequestEnvelope[] = [];
    const conversation = new Conversation({
      invoke: elicitingSkill(received),
      modelPath: dialogModelFile(),
      userId: "first-line-user",
      locale: "en-US",
      skillId: "amzn1.ask.skill.dialog-test",
    });
    expect(conversation.sessionOpen).toBe(false);
    await conversation.say("open back coach");
    expect(received.map((event) => event.request.type)).toEqual(["LaunchRequest"]);
    expect(received[0]?.session?.new).toBe(true);
  });
});
