import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** Pain stops everything: rest, get help if it is sharp or stays, the place is kept. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

describe("pain during a workout", () => {
  it("stops at once, keeps the place, and never praises or pushes", async () => {
    const device = skill.device("sore-back");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("ReadyIntent");
    // Said over the count, eight seconds into the set.
    device.interrupt(8);
    const reply = await device.intent("PainIntent");
    const text = said(reply);
    expect(text).toMatch(/^Stop right there and rest\. Never push through pain or dizziness\./);
    expect(text).toMatch(/please get medical help/);
    expect(text).toMatch(/I've kept your place/);
    expect(text).not.toMatch(/Nice work|Well done|keep going|push through it|\?/i);
    expect(reply.response.shouldEndSession).toBe(true);
    const { record } = await skill.store.load("sore-back");
    expect(record.progress).toMatchObject({
      workoutId: "back-fat-blaster",
      segmentIndex: 1,
      status: "paused",
      stoppedAfter: 8,
    });
    // Coming back, the set cut short is offered again, as after any barge-in.
    expect(said(await device.launch())).toMatch(
      /You stopped partway through reverse-grip double-arm rows, in the back fat blaster\. Do it again from the top\?$/,
    );
  });

  it("outside a workout, says to stop and rest, and ends", async () => {
    const device = skill.device("dizzy");
    await device.launch();
    const reply = await device.intent("PainIntent");
    expect(said(reply)).toMatch(/^Please stop and rest\./);
    expect(reply.response.shouldEndSession).toBe(true);
  });
});
