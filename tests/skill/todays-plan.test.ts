import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWorkout } from "../../lambda/coach";
import type { WorkoutLogEntry } from "../../lambda/store/workout-log";
import { ECHO_SHOW_8, renderDocument, said, type TestDevice } from "../support/device";
import { type SettingsApi, startSettingsApi } from "../support/settings-api";
import { startTestSkill, type TestSkill } from "../support/test-skill";

let skill: TestSkill;
let settings: SettingsApi;
beforeAll(async () => {
  skill = await startTestSkill();
  settings = await startSettingsApi();
});
afterAll(async () => {
  await skill.close();
  await settings.close();
});

const DAY = 86_400;

function deviceIn(userId: string, timeZone = "UTC"): TestDevice {
  const device = skill.device(userId);
  device.apiEndpoint = settings.endpoint;
  device.deviceId = `device-of-${userId}`;
  settings.timeZones.set(device.deviceId, timeZone);
  return device;
}

function pendingOf(response: ResponseEnvelope): unknown {
  const state = response.sessionAttributes?.backCoach as Record<string, unknown> | undefined;
  return state?.pending;
}

/** "Ready" until the workout's closing line offers a tip; then "no", and the session ends. */
async function finishWorkout(device: TestDevice): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const response = await device.intent("ReadyIntent");
    if (pendingOf(response) === "tip") {
      await device.intent("AMAZON.NoIntent");
      return;
    }
  }
  throw new Error("The workout did not finish in 80 turns");
}

/** A session done in full, logged straight into storage: history from before the test. */
async function logged(userId: string, workoutId: string, endedAt: string, minutes: number) {
  const entry: WorkoutLogEntry = {
    workoutId,
    endedAt,
    completed: true,
    minutes,
    moves: 5,
    totalMoves: 5,
    cardioMinutes: getWorkout(workoutId).kinds.includes("cardio") ? 12 : 0,
    strengthMoves: getWorkout(workoutId).kinds.includes("strength") ? 3 : 0,
  };
  await skill.store.logWorkout(userId, entry, `${workoutId}-${endedAt}`);
}

describe("today's plan, over scripted weeks through the real skill", () => {
  it("a first week: launch, yes, a day passes, the pick with its reason, yes, no, something else", async () => {
    const device = deviceIn("plan-week");
    // Monday: a first launch is as before: the health note and the signature workout.
    device.setTime("2026-11-16T07:00:00Z");
    const first = said(await device.launch());
    expect(first).toMatch(/^Welcome to Back Coach!.*shall we start the back fat blaster/);
    await device.intent("AMAZON.YesIntent");
    await finishWorkout(device);
    expect(device.sessionOpen).toBe(false);

    // Tuesday: the launch of a returning user proposes today's pick. Yesterday's blaster was
    // interval work, so no intervals: a strength day that spares the muscles it worked.
    device.wait(DAY);
    const tuesday = await device.launch();
    expect(said(tuesday)).toMatch(
      /^Welcome back to Back Coach\. Cardio is due, but yesterday's intervals were hard, and two hard days in a row do more harm than good\. So today is back strength\. Shall we start home calisthenics, about \w+(-\w+)? minutes\?$/,
    );
    expect(pendingOf(tuesday)).toBe("todaysPick");
    // "Yes" starts what was picked.
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^This is home calisthenics/);
    await finishWorkout(device);

    // Wednesday, one-shot: cardio is furthest behind, and the blaster is their usual length.
    device.wait(DAY);
    const wednesday = await device.intent("TodaysPlanIntent");
    expect(said(wednesday)).toMatch(
      /^So far this week: one cardio session and two back strength sessions\. Let's get your cardio in\. Shall we start the back fat blaster, about \w+ minutes\?$/,
    );
    // "No": which one instead; then something else, by name.
    expect(said(await device.intent("AMAZON.NoIntent"))).toMatch(/^Okay.*Which would you like\?$/);
    const hiit = said(
      await device.intent("StartWorkoutIntent", { workoutKind: { value: "hiit", id: "hiit" } }),
    );
    expect(hiit).toMatch(/^This is high intensity intervals/);
  });

  it("the week's targets met: rest, the figures, a walk, and no workout pushed", async () => {
    const userId = "plan-week-done";
    const device = deviceIn(userId);
    device.setTime("2026-11-16T07:00:00Z");
    await device.launch(); // the first launch, heard once
    await device.intent("AMAZON.StopIntent");
    await logged(userId, "back-fat-blaster-30", "2026-11-16T08:00:00.000Z", 32);
    await logged(userId, "dumbbell-back-shoulders", "2026-11-17T08:00:00.000Z", 22);
    await logged(userId, "run-walk-intervals", "2026-11-18T08:00:00.000Z", 25);
    await logged(userId, "toning-eight", "2026-11-19T08:00:00.000Z", 21);
    await logged(userId, "run-walk-intervals", "2026-11-20T08:00:00.000Z", 25);
    await logged(userId, "rowing", "2026-11-21T08:00:00.000Z", 36);
    device.setTime("2026-11-22T09:00:00Z");
    // On an Echo Show: the screen says rest too, and offers no workout to start.
    device.screen = ECHO_SHOW_8;
    const sunday = await device.launch();
    const screen = JSON.stringify(renderDocument(sunday)?.datasources);
    expect(screen).toContain("Rest today");
    expect(screen).not.toContain("Suggested workout");
    expect(screen).not.toContain('"action":"yes"');
    expect(said(sunday)).toBe(
      "Welcome back to Back Coach. You've met every target this week: four cardio sessions, four back strength sessions, and one hundred sixty-one minutes in all. Today, rest. An easy walk is plenty if you'd like to move. Anything else?",
    );
    // "Repeat" says the same again, from the state.
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toBe(said(sunday));
    expect(said(await device.intent("AMAZON.NoIntent"))).toMatch(/./);
    expect(device.sessionOpen).toBe(false);
    // The next Monday is a new week: work again, but no intervals after Saturday's... rowing
    // was Saturday; Sunday rested, so Monday may be hard.
    device.setTime("2026-11-23T09:00:00Z");
    expect(said(await device.intent("TodaysPlanIntent"))).toMatch(
      /^It's a new week and nothing's done yet, so let's get it going\. Shall we start/,
    );
  });

  it("never two hard days in a row, across the week's edge: Sunday's HIIT means no intervals on Monday", async () => {
    const userId = "plan-hard-days";
    const device = deviceIn(userId, "Europe/Berlin");
    device.setTime("2026-11-15T07:00:00Z");
    await device.launch();
    await device.intent("AMAZON.StopIntent");
    await logged(userId, "hiit", "2026-11-22T09:00:00.000Z", 15); // Sunday
    device.setTime("2026-11-23T06:00:00Z"); // Monday, 7 a.m. in Berlin
    const monday = said(await device.intent("TodaysPlanIntent"));
    expect(monday).toMatch(/^Cardio is due, but yesterday's intervals were hard/);
    expect(monday).not.toMatch(/HIIT|interval run|blaster|rowing/i);
  });

  it("a returning user with an unfinished workout is offered it first, at launch and when asking", async () => {
    const device = deviceIn("plan-unfinished");
    device.setTime("2026-11-18T07:00:00Z");
    await device.launch();
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "hiit", id: "hiit" } });
    await device.intent("ReadyIntent");
    await device.intent("AMAZON.PauseIntent");
    device.wait(DAY);
    expect(said(await device.launch())).toMatch(
      /^Welcome back to Back Coach\. You were on .* Pick up there\?$/,
    );
    expect(said(await device.intent("TodaysPlanIntent"))).toMatch(
      /^You were on .* Pick up there\?$/,
    );
    // In the middle of a workout, today's workout is the one under way.
    await device.intent("AMAZON.YesIntent");
    expect(said(await device.intent("TodaysPlanIntent"))).toBe(
      "Today's workout is the one you're doing: HIIT at home. Ready to carry on?",
    );
  });

  it("a pick forged in the session attributes starts nothing it names", async () => {
    const device = deviceIn("plan-forged");
    device.setTime("2026-11-18T07:00:00Z");
    await device.launch();
    await device.intent("AMAZON.StopIntent");
    device.wait(DAY);
    const offer = await device.intent("TodaysPlanIntent");
    const state = offer.sessionAttributes?.backCoach as Record<string, unknown>;
    device.tamper({
      backCoach: {
        ...state,
        todaysPick: { pick: { workoutId: "../../etc", reason: "cardio" }, week: { cardio: 1e9 } },
      },
    });
    // The pick is dropped: "yes" to the offer starts the plain start's workout, not a crash.
    const started = said(await device.intent("AMAZON.YesIntent"));
    expect(started).toMatch(/^The back fat blaster/);
  });

  it("with a year of history, every answer stays under 24 KB and the plan reads only four weeks", async () => {
    const userId = "plan-year";
    const device = deviceIn(userId);
    device.setTime("2025-11-20T07:00:00Z");
    await device.launch();
    await device.intent("AMAZON.StopIntent");
    const kinds = ["back-fat-blaster", "home-calisthenics", "run-walk-intervals"];
    for (let day = 0; day < 365; day++) {
      const at = new Date(Date.parse("2025-11-23T08:00:00.000Z") + day * DAY * 1000).toISOString();
      await logged(userId, kinds[day % kinds.length] ?? "hiit", at, 15);
    }
    device.setTime("2026-11-22T18:00:00Z");
    const responses = [
      await device.launch(),
      await device.intent("AMAZON.RepeatIntent"),
      await device.intent("AMAZON.FallbackIntent"),
      await device.intent("TodaysPlanIntent"),
      await device.intent("WeeklyProgressIntent"),
    ];
    for (const response of responses)
      expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(24 * 1024);
    // Sunday, with a session already today: rest.
    expect(said(responses[3] as ResponseEnvelope)).toMatch(/^You've already trained today/);
  });
});
