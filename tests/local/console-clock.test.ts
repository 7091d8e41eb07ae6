import { join } from "node:path";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateSsmlSeconds } from "../../lambda/coach";
import { parseClockCommand } from "../../lambda/local/console-clock";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import { Conversation } from "../../lambda/local/conversation";

/**
 * The console's clock: each line comes as if the user heard the whole answer before it;
 * /interrupt, /wait and /silence bend that, as a person at a device would.
 */

const START = Date.parse("2026-11-18T07:00:00.000Z");
const ANSWER = '<speak>One, two, three. <break time="10000ms"/> Ready?</speak>';
const REPROMPT = "<speak>Say ready when you are.</speak>";
const ANSWER_SECONDS = estimateSsmlSeconds(ANSWER);

/** A stand-in skill that always asks the same question, so the times are easy to predict. */
function askingSkill(received: RequestEnvelope[]) {
  return async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(event);
    return {
      version: "1.0",
      response: {
        outputSpeech: { type: "SSML", ssml: ANSWER },
        reprompt: { outputSpeech: { type: "SSML", ssml: REPROMPT } },
        shouldEndSession: false,
      },
    };
  };
}

function conversation(received: RequestEnvelope[]): Conversation {
  return new Conversation({
    invoke: askingSkill(received),
    modelPath: join(import.meta.dirname, "../../interaction-model/en-US.json"),
    userId: "clock-user",
    locale: "en-US",
    skillId: "amzn1.ask.skill.console",
    startTime: START,
  });
}

const timeOf = (event: RequestEnvelope | undefined) => Date.parse(event?.request.timestamp ?? "");

describe("the clock commands", () => {
  it.each([
    ["/wait 30", { kind: "wait", seconds: 30 }],
    ["/wait 90s", { kind: "wait", seconds: 90 }],
    ["/wait 5m", { kind: "wait", seconds: 300 }],
    ["/wait 2h", { kind: "wait", seconds: 7200 }],
    ["/wait 3d", { kind: "wait", seconds: 259_200 }],
    ["/interrupt 12.5", { kind: "interrupt", seconds: 12.5 }],
    ["/silence", { kind: "silence" }],
  ])("reads %s", (line, command) => {
    expect(parseClockCommand(line)).toEqual(command);
  });

  it.each([
    "/wait",
    "/wait -3",
    "/wait 3 days",
    "/wait 9999d",
    "/interrupt",
    "/silence please",
    "wait 3",
  ])("does not take %s for a command", (line) => {
    expect(parseClockCommand(line)).toBeUndefined();
  });
});

describe("requests stamped on the console's clock", () => {
  it("stamps each line a second after the whole answer before it", async () => {
    const received: RequestEnvelope[] = [];
    const talk = conversation(received);
    const launch = await talk.say("open back coach");
    expect(timeOf(received[0])).toBe(START);
    expect(launch?.timestamp).toBe(new Date(START).toISOString());
    await talk.say("ready");
    expect(timeOf(received[1]) - timeOf(received[0])).toBe((ANSWER_SECONDS + 1) * 1000);
  });

  it("sends a line N seconds into the last answer on /interrupt N", async () => {
    const received: RequestEnvelope[] = [];
    const talk = conversation(received);
    await talk.say("open back coach");
    expect(await talk.say("/interrupt 4")).toBeUndefined();
    await talk.say("pause");
    expect(timeOf(received[1]) - timeOf(received[0])).toBe(4000);
  });

  it("lets days pass on /wait 3d, after the answer was heard", async () => {
    const received: RequestEnvelope[] = [];
    const talk = conversation(received);
    await talk.say("open back coach");
    expect(await talk.say("/wait 3d")).toBeUndefined();
    await talk.say("ready");
    expect(timeOf(received[1]) - timeOf(received[0])).toBe(
      (ANSWER_SECONDS + 1 + 3 * 86_400) * 1000,
    );
  });

  it("plays the reprompt on /silence, and ends the session on the second, as a device does", async () => {
    const received: RequestEnvelope[] = [];
    const talk = conversation(received);
    await talk.say("open back coach");
    const first = await talk.say("/silence");
    expect(first).toMatchObject({
      request: "none",
      timestamp: null,
      text: "Say ready when you are.",
      endSession: false,
    });
    expect(received).toHaveLength(1);
    const second = await talk.say("/silence");
    expect(second?.request).toBe("SessionEndedRequest");
    expect(received[1]?.request).toMatchObject({
      type: "SessionEndedRequest",
      reason: "EXCEEDED_MAX_REPROMPTS",
    });
    expect(talk.sessionOpen).toBe(false);
    // With no session open, silence is just silence.
    expect(await talk.say("/silence")).toBeUndefined();
  });

  it("starts counting silences again after the user speaks", async () => {
    const received: RequestEnvelope[] = [];
    const talk = conversation(received);
    await talk.say("open back coach");
    await talk.say("/silence");
    await talk.say("ready");
    expect((await talk.say("/silence"))?.request).toBe("none");
    expect(talk.sessionOpen).toBe(true);
  });
});

describe("the real skill on the console's clock", () => {
  let consoleSkill: ConsoleSkill;
  beforeAll(async () => {
    consoleSkill = await startConsoleSkill({ userId: "clock-typist", locale: "en-US" });
  });
  afterAll(() => consoleSkill.close());

  it("knows a barge-in from a segment heard to its end", async () => {
    const say = async (line: string) => (await consoleSkill.conversation.say(line))?.text ?? "";
    await say("ask back coach to start a workout");
    await say("ready");
    await say("ready");
    await say("/interrupt 40");
    await say("pause");
    expect(await say("open back coach")).toMatch(
      /You stopped about \w+ seconds into the moderate minute of jumping jacks/,
    );
    await say("/silence");
    await say("/silence");
    // Walking away after the offer loses nothing: the same place is offered again.
    expect(await say("open back coach")).toMatch(/You stopped about \w+ seconds into/);
    expect(await say("yes")).toMatch(
      /^Picking up where you left off\. .*Jumping jacks, one minute, moderate pace\. Go!/,
    );
    await say("/end");
    expect(await say("open back coach")).toMatch(/You were on [^,]+, in the back fat blaster/);
  });
});
