import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** Offers where they fit: a tip once a session (and after a workout), else the fitting question. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

describe("what an answer ends with", () => {
  it("offers a diet tip once a session, then asks 'Anything else?'", async () => {
    const device = skill.device("offers-tip-once");
    expect(said(await device.intent("ProteinIntent"))).toMatch(/Would you like a diet tip\?$/);
    // Asked something else instead of answering: the tip is not offered twice.
    const water = said(await device.intent("WaterIntent"));
    expect(water).toMatch(/Anything else\?$/);
    expect(water).not.toContain("diet tip");
    const bye = await device.intent("AMAZON.NoIntent");
    expect(said(bye)).toBe("Okay, see you next time. Keep moving!");
    expect(bye.response.shouldEndSession).toBe(true);
  });

  it("'yes' to 'Anything else?' asks what", async () => {
    const device = skill.device("offers-anything-yes");
    await device.intent("ProteinIntent");
    expect(said(await device.intent("SpotReductionIntent"))).toMatch(/Anything else\?$/);
    expect(said(await device.intent("AMAZON.YesIntent"))).toBe("What would you like to do?");
  });

  it("after 'what did I do last time', offers a workout, and 'yes' starts it", async () => {
    const device = skill.device("offers-workout");
    expect(said(await device.intent("LastWorkoutIntent"))).toMatch(
      /Shall we start the back fat blaster, about sixteen minutes\?$/,
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(
      /^Welcome to Back Coach!|^The back fat blaster/,
    );
  });

  it("a finished workout offers its tip even when one was offered earlier", async () => {
    const device = skill.device("offers-after-workout");
    await device.intent("ProteinIntent");
    // In the same session, straight into a workout.
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    let last = "";
    for (let i = 0; i < 7; i++) last = said(await device.intent("ReadyIntent"));
    // The last move is asked about first; going on from there, the tip.
    expect(last).toMatch(/And that last move: too easy, about right, or too hard\?$/);
    last = said(await device.intent("ReadyIntent"));
    expect(last).toMatch(/Would you like a diet tip before you go\?$/);
  });
});
