import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateSsmlSeconds } from "../../lambda/coach";
import { said, type TestDevice } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Pause, stop, walk away or barge in at every kind of point of the blaster, then come back: the
 * user picks up with what comes next after a segment heard to its end, and inside the one they
 * cut off. The test device stamps each request as if the whole answer before it was heard,
 * unless the test interrupts it.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

async function blaster(userId: string): Promise<TestDevice> {
  const device = skill.device(userId);
  await device.intent("StartWorkoutIntent", {});
  return device;
}

/** Seconds into an answer where `text` begins, by the same estimate the skill makes. */
function secondsBefore(response: ResponseEnvelope, text: string): number {
  const speech = response.response.outputSpeech;
  if (speech?.type !== "SSML") throw new Error("no speech");
  const at = speech.ssml.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in the answer`);
  return estimateSsmlSeconds(`${speech.ssml.slice(0, at)}</speak>`);
}

describe("after a segment heard to its end", () => {
  it("pause at the question after the last set: the next move, and the set is not counted again", async () => {
    const device = await blaster("paused-at-question");
    const set = said(await device.intent("ReadyIntent"));
    expect(set).toMatch(/eleven .*twelve .*How was that: too easy, about right, or too hard\?$/);
    await device.intent("AMAZON.PauseIntent");
    expect(said(await device.launch())).toBe(
      "Welcome back to Back Coach. You were on jumping jacks, in the back fat blaster. Pick up there?",
    );
    const resumed = said(await device.intent("AMAZON.YesIntent"));
    expect(resumed).toMatch(/^Picking up where you left off\. .*Jumping jacks, one minute/);
    expect(resumed).not.toContain("twelve");
  });

  it.each([
    ["stop", (d: TestDevice) => d.intent("AMAZON.StopIntent")],
    ["cancel", (d: TestDevice) => d.intent("AMAZON.CancelIntent")],
    ["walking away", (d: TestDevice) => d.end("USER_INITIATED")],
    ["silence", (d: TestDevice) => d.end("EXCEEDED_MAX_REPROMPTS")],
  ])("after a two-minute cardio block and %s: the move after it", async (_how, leave) => {
    const device = await blaster(`after-cardio-${_how}`);
    await device.intent("ReadyIntent");
    const cardio = said(await device.intent("ReadyIntent"));
    expect(cardio).toMatch(/^Knees soft.*And stop!.* Ready for the next move\?$/);
    await leave(device);
    const offer = said(await device.launch());
    expect(offer).toMatch(/You were on [^,]+, in the back fat blaster\. Pick up there\?$/);
    expect(offer).not.toContain("jumping jacks");
    const resumed = said(await device.intent("AMAZON.YesIntent"));
    expect(resumed).toMatch(/^Picking up where you left off\. .* Ready\?$/);
    expect(resumed).not.toMatch(/jumping jacks|Go!/i);
  });

  it("resume in the same breath as a new session goes on, not back", async () => {
    const device = await blaster("resume-one-shot");
    await device.intent("ReadyIntent");
    await device.intent("AMAZON.StopIntent");
    const resumed = said(await device.intent("AMAZON.ResumeIntent"));
    expect(resumed).toMatch(/^Picking up where you left off\. .*Jumping jacks/);
  });
});

describe("cut off mid-segment", () => {
  it("offers the set again when the user stops in the middle of it", async () => {
    const device = await blaster("cut-mid-set");
    await device.intent("ReadyIntent");
    device.interrupt(9);
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.launch())).toBe(
      "Welcome back to Back Coach. You stopped partway through reverse-grip double-arm rows, in the back fat blaster. Do it again from the top?",
    );
    const again = said(await device.intent("AMAZON.YesIntent"));
    expect(again).toMatch(/^Picking up where you left off\. Go\. one/);
  });

  it("says how far into which phase of a cardio block, and picks up at that phase", async () => {
    const device = await blaster("cut-mid-cardio");
    await device.intent("ReadyIntent");
    const block = await device.intent("ReadyIntent");
    // Forty seconds into the hard minute, the user says "Alexa, stop".
    device.interrupt(secondsBefore(block, "Now go hard!") + 40);
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.launch())).toBe(
      "Welcome back to Back Coach. You stopped about forty seconds into the hard minute of jumping jacks, in the back fat blaster. Pick up from the start of that stretch?",
    );
    const resumed = said(await device.intent("AMAZON.YesIntent"));
    expect(resumed).toMatch(/^Picking up where you left off\. Jumping jacks, one minute, as hard/);
    expect(resumed).not.toContain("moderate pace");
    expect(resumed).toMatch(/And stop!/);
  });

  it("counts a barge-in in the first phase as the first phase", async () => {
    const device = await blaster("cut-early-cardio");
    await device.intent("ReadyIntent");
    const block = await device.intent("ReadyIntent");
    device.interrupt(secondsBefore(block, "Jumping jacks, one minute, moderate") + 25);
    await device.intent("AMAZON.PauseIntent");
    expect(said(await device.launch())).toMatch(
      /You stopped about (twenty|thirty) seconds into the moderate minute of jumping jacks/,
    );
  });

  it("a cut-off in the first seconds is simply the segment again, said plainly", async () => {
    const device = await blaster("cut-at-once");
    await device.intent("ReadyIntent");
    device.interrupt(2);
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.launch())).toContain(
      "You were on reverse-grip double-arm rows, in the back fat blaster. Pick up there?",
    );
  });

  it("an answer just as the question ends counts the segment heard (the estimate is not exact)", async () => {
    const device = await blaster("answered-quickly");
    const set = await device.intent("ReadyIntent");
    // Alexa spoke a little faster than estimated: the user answers 10% early.
    device.interrupt(estimateSsmlSeconds(ssmlOf(set)) * 0.9);
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.launch())).toContain("You were on jumping jacks");
  });

  it("'next' mid-set moves on, and the set cut short is not counted as done", async () => {
    const device = await blaster("next-mid-set");
    await device.intent("ReadyIntent");
    device.interrupt(5);
    const cardio = said(await device.intent("AMAZON.NextIntent"));
    expect(cardio).toMatch(/Jumping jacks, one minute, moderate/);
    await device.intent("AMAZON.StopIntent");
    const { record } = await skill.store.load("next-mid-set");
    // Only the cardio block was heard; the rows were cut off.
    expect(record.progress?.movesDone).toBe("0100000000");
  });
});

describe("a question over the count, then 'ready'", () => {
  it("goes back to the cardio phase the question cut off, not on past it", async () => {
    const device = await blaster("asks-mid-cardio");
    await device.intent("ReadyIntent");
    const block = await device.intent("ReadyIntent");
    device.interrupt(secondsBefore(block, "Now go hard!") + 20);
    expect(said(await device.intent("TimeLeftIntent"))).toMatch(/Ready to carry on\?$/);
    const back = said(await device.intent("AMAZON.YesIntent"));
    expect(back).toMatch(/^Back to where you were\. Jumping jacks, one minute, as hard as you can/);
    // The block, heard to its end this time, is done: on to the next move.
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.launch())).not.toContain("jumping jacks");
  });

  it("does the set again from the top after 'how do I do this?' over the count", async () => {
    const device = await blaster("asks-mid-set");
    await device.intent("ReadyIntent");
    device.interrupt(6);
    await device.intent("HowToIntent");
    expect(said(await device.intent("ReadyIntent"))).toMatch(/^Back to where you were\. Go\. one/);
  });

  it("'ready' said over a rest goes on: it is the user's go, not a question", async () => {
    const device = await blaster("ready-over-rest");
    await device.intent("ReadyIntent");
    device.interrupt(20);
    expect(said(await device.intent("ReadyIntent"))).toMatch(/^Knees soft/);
  });

  it("'next' after the question goes on to the next segment", async () => {
    const device = await blaster("next-after-question");
    await device.intent("ReadyIntent");
    device.interrupt(6);
    await device.intent("TimeLeftIntent");
    expect(said(await device.intent("AMAZON.NextIntent"))).toMatch(/^Knees soft/);
  });
});

function ssmlOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech?.type === "SSML" ? speech.ssml : "";
}
