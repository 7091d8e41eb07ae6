import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** Skip skips the move the user is facing, says so, and never starts a timed block unasked. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

describe("skip this exercise", () => {
  it("at 'Next, jumping jacks... Ready?', skips jumping jacks, not the rows just done", async () => {
    const device = skill.device("skip-cardio");
    await device.intent("StartWorkoutIntent", {});
    // The rows' only set ends asking how it went; the answer leads on to the cardio's question.
    expect(said(await device.intent("ReadyIntent"))).toMatch(/How was that: .*\?$/);
    expect(
      said(await device.intent("RateIntent", { feeling: { value: "about right", id: "right" } })),
    ).toMatch(/Next, jumping jacks: .* Ready\?$/);
    const skipped = said(await device.intent("SkipExerciseIntent"));
    expect(skipped).toMatch(
      /^Skipping jumping jacks\. (Next up:|Moving on to|Now for|Time for) side plank arm extensions/,
    );
    expect(skipped).toMatch(/Ready\?$/);
    expect(said(await device.intent("ReadyIntent"))).toMatch(/^Right side\. Go\./);
  });

  it("at a strength move's introduction, skips to the cardio after it only with a question", async () => {
    const device = skill.device("skip-strength");
    await device.intent("StartWorkoutIntent", {});
    const skipped = said(await device.intent("SkipExerciseIntent"));
    // No timed block starts without the user's go: it is asked about, then "ready" starts it.
    expect(skipped).toBe(
      "Skipping reverse-grip double-arm rows. Next, jumping jacks: one minute moderate, then one minute hard. Ready?",
    );
    expect(said(await device.intent("ReadyIntent"))).toMatch(
      /^Knees soft, .*Jumping jacks, one minute, moderate pace\. Go!/,
    );
  });

  it("'repeat' after a skip asks the question again, not the skipped move's last set", async () => {
    const device = skill.device("skip-then-repeat");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("SkipExerciseIntent");
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(
      "Next, jumping jacks: one minute moderate, then one minute hard. Ready?",
    );
    // Pausing there and coming back picks up with the block the question was about.
    await device.intent("AMAZON.PauseIntent");
    expect(said(await device.launch())).toContain("You were on jumping jacks");
  });

  it("once the block after a skip has been spoken, 'repeat' repeats the block", async () => {
    const device = skill.device("skip-ready-repeat");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("SkipExerciseIntent");
    const block = said(await device.intent("ReadyIntent"));
    expect(block).toMatch(/Jumping jacks, one minute, moderate pace\. Go!/);
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(block);
  });

  it.each([
    ["at a move's introduction", 0],
    ["at 'Next, jumping jacks... Ready?'", 1],
  ])("a bare 'skip' (AMAZON.NextIntent) %s skips the move faced", async (_where, readies) => {
    const device = skill.device(`bare-skip-${readies}`);
    await device.intent("StartWorkoutIntent", {});
    for (let i = 0; i < readies; i++) {
      await device.intent("ReadyIntent");
      await device.intent("RateIntent", { feeling: { value: "about right", id: "right" } });
    }
    const skipped = said(await device.intent("AMAZON.NextIntent"));
    expect(skipped).toMatch(
      readies === 0 ? /^Skipping reverse-grip double-arm rows\./ : /^Skipping jumping jacks\./,
    );
    expect(skipped).toMatch(/Ready\?$/);
  });

  it("'next' between sets goes on to the next set", async () => {
    const device = skill.device("next-between-sets");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Ready for set two\?$/);
    expect(said(await device.intent("AMAZON.NextIntent"))).toMatch(/^Set two of three\./);
  });

  it("after 'Ready for set two?', skips the rest of that move", async () => {
    const device = skill.device("skip-sets");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Ready for set two\?$/);
    expect(said(await device.intent("SkipExerciseIntent"))).toMatch(
      /^Skipping lumbar extensions\. .*bridges/,
    );
  });

  it("cut off two seconds into a set, skips the move being done, not the one after it", async () => {
    const device = skill.device("skip-mid-set");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("ReadyIntent");
    device.interrupt(2);
    expect(said(await device.intent("SkipExerciseIntent"))).toBe(
      "Skipping reverse-grip double-arm rows. Next, jumping jacks: one minute moderate, then one minute hard. Ready?",
    );
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Jumping jacks, one minute/);
  });

  it("cut off inside a cardio block, skips that block, not the strength move after it", async () => {
    const device = skill.device("skip-mid-cardio");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("ReadyIntent");
    await device.intent("RateIntent", { feeling: { value: "about right", id: "right" } });
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Jumping jacks, one minute/);
    device.interrupt(20);
    expect(said(await device.intent("SkipExerciseIntent"))).toMatch(
      /^Skipping jumping jacks\. (Next up:|Moving on to|Now for|Time for) side plank arm extensions/,
    );
  });

  it("at the last move, closes the workout without playing it", async () => {
    const device = skill.device("skip-last");
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    await device.intent("SkipExerciseIntent");
    const closing = said(await device.intent("SkipExerciseIntent"));
    expect(closing).toMatch(/^Skipping .*\. That's the end of pull-up progression, beginner\./);
    expect(closing).toMatch(/Would you like a diet tip before you go\?$/);
  });
});
