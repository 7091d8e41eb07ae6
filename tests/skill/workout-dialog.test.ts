import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWorkout, planFor } from "../../lambda/coach";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

async function workoutLog(userId: string) {
  const result = await skill.table.documents.send(
    new QueryCommand({
      TableName: skill.table.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :w)",
      ExpressionAttributeValues: { ":pk": `USER#${userId}`, ":w": "WORKOUT#" },
    }),
  );
  return result.Items ?? [];
}

describe("starting", () => {
  it("welcomes a first-time user with the health note, once", async () => {
    const device = skill.device("first-timer");
    const first = said(await device.launch());
    expect(first).toMatch(/^Welcome to Back Coach!/);
    expect(first).toContain("this isn't medical advice");
    expect(first).toContain("check with your doctor");
    await device.intent("AMAZON.StopIntent");
    const second = said(await device.launch());
    expect(second).toMatch(/^Welcome back to Back Coach\./);
    expect(second).not.toContain("medical advice");
  });

  it("starts a rowing workout in one shot, with the note for a new user", async () => {
    const device = skill.device("one-shot");
    const reply = said(
      await device.intent("StartWorkoutIntent", { workoutKind: { value: "rowing", id: "rowing" } }),
    );
    expect(reply).toContain("medical advice");
    expect(reply).toContain("This is rowing and back strength");
    expect(reply).toMatch(/Ready\?$/);
  });

  it("starts the default workout on 'yes' to the launch offer", async () => {
    const device = skill.device("says-yes");
    await device.launch();
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(
      /^The back fat blaster, about sixteen minutes:/,
    );
  });

  it.each([
    [
      { minutes: "30", workoutKind: { value: "blaster", id: "blaster" } },
      "The back fat blaster, twice through",
    ],
    [{ equipment: { value: "band", id: "band" } }, "home back workout with a resistance band"],
    [
      {
        workoutKind: { value: "pull ups", id: "pull-ups" },
        level: { value: "advanced", id: "advanced" },
      },
      "advanced pull-up workout",
    ],
    [
      { duration: "PT15M", equipment: { value: "dumbbells", id: "dumbbells" } },
      "The back fat blaster, about sixteen minutes",
    ],
    [{ workoutKind: { value: "HIIT", id: "hiit" } }, "high intensity intervals"],
  ])("picks by what was asked: %j", async (slots, expected) => {
    const device = skill.device(`picker-${expected}`);
    await device.launch();
    expect(said(await device.intent("StartWorkoutIntent", slots))).toContain(expected);
  });

  it("ignores a workout kind the model could not resolve, and says what it picked", async () => {
    const device = skill.device("banana");
    await device.launch();
    const reply = said(await device.intent("StartWorkoutIntent", { workoutKind: "banana" }));
    expect(reply).toMatch(/^The back fat blaster, about sixteen minutes:/);
  });
});

describe("a whole workout", () => {
  it("coaches every segment to the end, records it and offers a tip", async () => {
    const device = skill.device("finisher");
    await device.launch();
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    const segments = planFor(getWorkout("pull-ups-beginner")).length;
    let last = "";
    // "Ready" starts a move; between its sets "next" goes on as well.
    const plans = planFor(getWorkout("pull-ups-beginner"));
    for (let i = 1; i < segments; i++) {
      const betweenSets = plans[i - 1]?.kind === "set" && plans[i]?.kind === "set";
      last = said(
        await device.intent(betweenSets && i % 2 === 0 ? "AMAZON.NextIntent" : "ReadyIntent"),
      );
    }
    expect(last).toMatch(
      /That's the end of pull-up progression, beginner\. .* You did two moves in about six minutes\. And that last move: too easy, about right, or too hard\?$/,
    );
    const rated = await device.intent("RateIntent", {
      feeling: { value: "about right", id: "right" },
    });
    expect(said(rated)).toBe(
      "Good: about right is just where it should be. Would you like a diet tip before you go?",
    );
    const log = await workoutLog("finisher");
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      workoutId: "pull-ups-beginner",
      completed: true,
      moves: 2,
      totalMoves: 2,
    });
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/Would you like another tip\?$/);
    const bye = await device.intent("AMAZON.NoIntent");
    expect(said(bye)).toBe("Okay, see you next time. Keep moving!");
    expect(bye.response.shouldEndSession).toBe(true);
    // The finished workout is not offered again: today's plan says today's work is done.
    expect(said(await device.launch())).toMatch(
      /^Welcome back to Back Coach\. You've already trained today.* Anything else\?$/,
    );
  });
});

describe("moving around a workout", () => {
  it("repeats, goes back, skips and starts over", async () => {
    const device = skill.device("navigator");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    const set1 = said(await device.intent("ReadyIntent"));
    expect(set1).toMatch(/^Set one of three\./);
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(set1);
    expect(said(await device.intent("AMAZON.PreviousIntent"))).toContain(
      "First up: lumbar extensions",
    );
    // At the lumbar extensions' introduction, skip skips them, and says so.
    expect(said(await device.intent("SkipExerciseIntent"))).toMatch(
      /^Skipping lumbar extensions\. (Next up:|Moving on to|Now for|Time for) bridges/,
    );
    expect(said(await device.intent("AMAZON.StartOverIntent"))).toMatch(
      /^This is home calisthenics/,
    );
  });

  it("answers what's next, how much is left and how to do the move, then carries on", async () => {
    const device = skill.device("curious");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    // At the lumbar extensions' introduction, what's next is the move after them.
    expect(said(await device.intent("WhatsNextIntent"))).toBe(
      "Next up is bridges: two sets of five, holding each one for ten seconds. Ready to carry on?",
    );
    expect(said(await device.intent("TimeLeftIntent"))).toMatch(
      /^You've got about (eleven|twelve|thirteen) minutes left, with four more moves after this one\. Ready to carry on\?$/,
    );
    expect(said(await device.intent("HowToIntent"))).toMatch(
      /^Here's how to do lumbar extensions\. One: Lie face down/,
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Set one of three\./);
  });

  it("waits on 'no' and keeps 'yes' meaning carry on after help", async () => {
    const device = skill.device("hesitant");
    await device.intent("StartWorkoutIntent", {});
    expect(said(await device.intent("AMAZON.NoIntent"))).toBe(
      "No rush, take a breather. Tell me when you're ready. Shall we go on?",
    );
    expect(said(await device.intent("AMAZON.HelpIntent"))).toMatch(
      /^You're on reverse-grip double-arm rows, in the back fat blaster\. Say ready to go on/,
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Go\. one/);
  });

  it("explains the commands when no workout is running", async () => {
    const device = skill.device("idle");
    await device.launch();
    await device.intent("AMAZON.NoIntent");
    expect(said(await device.intent("AMAZON.NextIntent"))).toMatch(
      /^You're not in a workout right now\./,
    );
    expect(said(await device.intent("HowToIntent"))).toMatch(
      /^You're not in a workout right now\./,
    );
  });
});

describe("stopping and coming back", () => {
  it("pauses after an introduction heard to its end, then resumes with what came next", async () => {
    const device = skill.device("pauser");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "HIIT", id: "hiit" } });
    const paused = await device.intent("AMAZON.PauseIntent");
    expect(said(paused)).toMatch(/^Paused/);
    expect(paused.response.shouldEndSession).toBe(true);
    const resumed = said(await device.intent("AMAZON.ResumeIntent"));
    expect(resumed).toMatch(/^Picking up where you left off\. \w+.*, easy pace\. Go!/);
    expect(resumed).not.toContain("This is high intensity intervals");
  });

  it("stops mid-workout, then a new session offers the resume and performs it", async () => {
    const device = skill.device("stopper");
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "dumbbell", id: "dumbbell" },
      minutes: "20",
    });
    for (let i = 0; i < 3; i++) await device.intent("ReadyIntent");
    const stop = await device.intent("AMAZON.StopIntent");
    expect(said(stop)).toMatch(/I'll remember where you were/);
    // Three sets heard to their end: the first move is done, and the next one is where to go on.
    expect(said(await device.launch())).toBe(
      "Welcome back to Back Coach. You were on dumbbell bent-over rows, in dumbbell back and shoulders. Pick up there?",
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(
      /^Picking up where you left off\. Next up: dumbbell bent-over rows/,
    );
  });

  it("keeps the position when the user walks away (session ended)", async () => {
    const device = skill.device("walker");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "gym", id: "gym" } });
    await device.intent("ReadyIntent");
    await device.end("EXCEEDED_MAX_REPROMPTS");
    expect(said(await device.launch())).toContain("You were on lat pulldowns, set two of three");
  });

  it("says a short goodbye on cancel outside a workout", async () => {
    const device = skill.device("canceller");
    await device.launch();
    const bye = await device.intent("AMAZON.CancelIntent");
    expect(said(bye)).toBe("Okay, see you next time. Keep moving!");
  });
});

describe("diet tips", () => {
  it("gives a different tip each time, by topic, remembered across sessions", async () => {
    const device = skill.device("tipper");
    const first = said(
      await device.intent("DietTipIntent", { tipTopic: { value: "water", id: "drinks" } }),
    );
    await device.intent("AMAZON.NoIntent");
    const second = said(
      await device.intent("DietTipIntent", { tipTopic: { value: "water", id: "drinks" } }),
    );
    expect(first).toMatch(/^Drinks count too\./);
    expect(second).not.toBe(first);
    expect(second).toMatch(/Would you like another tip\?$/);
  });
});
