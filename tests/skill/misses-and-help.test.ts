import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateSsmlSeconds } from "../../lambda/coach";
import { said, type TestDevice } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Not understood, or asked for help: a short answer for where the user is, and the question
 * that was open is asked again and still answered.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const seconds = (response: ResponseEnvelope) => {
  const speech = response.response.outputSpeech;
  return speech?.type === "SSML" ? estimateSsmlSeconds(speech.ssml) : 0;
};
const miss = (device: TestDevice) => device.intent("AMAZON.FallbackIntent");

describe("a fallback that helps", () => {
  it("in a workout: a few words, the workout's question, and different words on each miss", async () => {
    const device = skill.device("misses-in-workout");
    await device.intent("StartWorkoutIntent", {});
    const set = said(await device.intent("ReadyIntent"));
    // The rows' last set asks how it went: a miss asks that again, and "ready" passes over it.
    const question = set.match(/How was that: [^?]+\?$/)?.[0] ?? "";
    expect(question).not.toBe("");
    const first = said(await miss(device));
    const second = said(await miss(device));
    const third = said(await miss(device));
    expect(first).toBe(
      `Sorry, I missed that. Say too easy, about right, too hard, or ready. ${question}`,
    );
    expect(second).toMatch(/^I still didn't get that\./);
    expect(third).toMatch(/^Tell me how it felt: too easy, about right, too hard/);
    for (const answer of [first, second])
      expect(words(answer) - words(question)).toBeLessThanOrEqual(16);
    for (const answer of [first, second, third]) expect(answer.endsWith(question)).toBe(true);
    // The workout goes on from where it was: "ready" starts the block the question was about.
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Jumping jacks, one minute/);
  });

  it("outside a workout: how to start, or what else to ask", async () => {
    const device = skill.device("misses-outside");
    await device.launch();
    await device.intent("AMAZON.NoIntent");
    expect(said(await miss(device))).toBe(
      "Sorry, I didn't catch that. You can say start a workout, or ask for your calorie target. What would you like to do?",
    );
  });

  it("counts misses in a row only: an answer understood starts the count again", async () => {
    const device = skill.device("misses-reset");
    await device.launch();
    await device.intent("AMAZON.NoIntent");
    await miss(device);
    await device.intent("ProteinIntent");
    await device.intent("AMAZON.NoIntent");
    expect(said(await miss(device))).toMatch(/^Sorry, I didn't catch that\./);
  });
});

describe("the question left open survives a miss, help or repeat", () => {
  it.each([
    ["a miss", miss],
    ["help", (d: TestDevice) => d.intent("AMAZON.HelpIntent")],
    ["repeat", (d: TestDevice) => d.intent("AMAZON.RepeatIntent")],
  ])("'delete everything?', then %s, then 'yes' deletes", async (how, between) => {
    const userId = `delete-after-${how}`;
    const device = skill.device(userId);
    await device.intent("ProteinIntent");
    await device.intent("DeleteDataIntent");
    const again = said(await between(device));
    expect(again).toMatch(/Should I delete all your data\? Yes or no\?$/);
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(
      /^Done\. I've deleted everything/,
    );
  });

  it("the tip offer: a miss, then 'yes' gives a tip", async () => {
    const device = skill.device("tip-after-miss");
    expect(said(await device.intent("ProteinIntent"))).toMatch(/Would you like a diet tip\?$/);
    expect(said(await miss(device))).toMatch(
      /^Sorry, I didn't catch that\. Just say yes or no\. Would you like a diet tip\?$/,
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/Would you like another tip\?$/);
  });

  it("the resume offer: help, then 'yes' picks the workout up", async () => {
    const device = skill.device("resume-after-help");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.launch())).toMatch(/Pick up there\?$/);
    expect(said(await device.intent("AMAZON.HelpIntent"))).toMatch(/Pick up there\?$/);
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Picking up where you left off/);
  });
});

describe("help", () => {
  it("names the move the user is facing, not the one just done", async () => {
    const device = skill.device("help-facing");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("ReadyIntent"); // the rows, heard to their end
    await device.intent("RateIntent", { feeling: { value: "about right", id: "right" } });
    const help = await device.intent("AMAZON.HelpIntent");
    expect(said(help)).toMatch(/^You're on jumping jacks, in the back fat blaster\./);
    expect(said(help)).not.toContain("rows");
    expect(seconds(help)).toBeLessThan(20);
    // Said nothing after it, the user hears how to go on with the workout.
    const reprompt = help.response.reprompt?.outputSpeech;
    expect(reprompt?.type === "SSML" ? reprompt.ssml : "").toContain(
      "Say ready when you want to go on",
    );
  });

  it("names the set cut off when the user stopped mid-set to ask", async () => {
    const device = skill.device("help-cut");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await device.intent("ReadyIntent");
    device.interrupt(5);
    expect(said(await device.intent("AMAZON.HelpIntent"))).toMatch(
      /^You're on lumbar extensions, set one of three,.* Ready to carry on\?$/,
    );
  });

  it("outside a workout stays under twenty seconds", async () => {
    const device = skill.device("help-outside");
    await device.launch();
    await device.intent("AMAZON.NoIntent");
    const help = await device.intent("AMAZON.HelpIntent");
    expect(said(help)).toMatch(/What would you like to do\?$/);
    expect(seconds(help)).toBeLessThan(20);
  });
});
