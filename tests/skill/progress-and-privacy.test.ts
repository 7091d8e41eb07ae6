import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said, type TestDevice } from "../support/device";
import { itemsOf as itemsOfUser } from "../support/local-table";
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

const itemsOf = (userId: string) => itemsOfUser(skill.table, userId);

/** A whole short workout (the beginner pull-up progression, about seven minutes). */
async function finishPullUps(device: TestDevice): Promise<void> {
  await device.intent("StartWorkoutIntent", { workoutKind: { value: "pull ups", id: "pull-ups" } });
  for (let i = 0; i < 7; i++) await device.intent("ReadyIntent");
  await device.intent("AMAZON.NoIntent");
}

function deviceIn(userId: string, timeZone?: string): TestDevice {
  const device = skill.device(userId);
  device.apiEndpoint = settings.endpoint;
  device.deviceId = `device-of-${userId}`;
  if (timeZone) settings.timeZones.set(device.deviceId, timeZone);
  return device;
}

describe("weekly progress", () => {
  it("counts workouts and minutes this week against the targets, with a next step", async () => {
    const device = deviceIn("weekly", "UTC");
    device.setTime("2026-11-18T07:00:00Z"); // Wednesday
    await finishPullUps(device);
    device.setTime("2026-11-19T07:00:00Z"); // Thursday
    await finishPullUps(device);
    device.setTime("2026-11-19T20:00:00Z");
    expect(said(await device.intent("WeeklyProgressIntent"))).toBe(
      "This week you've worked out twice, twelve minutes in all. That's 12 of the 150 minutes a week to aim for. Cardio: none yet, of three or four. Back strength: twice, of two or three. You've been active two days in a row. Next step: another cardio workout of thirty minutes or more, like the two-round back fat blaster or HIIT. Anything else?",
    );
  });

  it("counts the workout under way when asked mid-workout, but not as the last one done", async () => {
    const device = deviceIn("mid-workout", "UTC");
    device.setTime("2026-11-18T07:00:00Z");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "hiit", id: "hiit" } });
    // Asked in the first seconds, there is nothing to count yet.
    expect(said(await device.intent("WeeklyProgressIntent"))).toMatch(
      /^You haven't worked out yet this week\./,
    );
    // Three cardio rounds heard: minutes toward the week, but not yet a session.
    for (let i = 0; i < 3; i++) await device.intent("ReadyIntent");
    expect(said(await device.intent("WeeklyProgressIntent"))).toMatch(
      /^This week you've put in \w+ minutes, not yet a full session\..* Ready to carry on\?$/,
    );
    // A fourth round makes ten minutes of cardio and more: a cardio session.
    await device.intent("ReadyIntent");
    expect(said(await device.intent("WeeklyProgressIntent"))).toMatch(
      /^This week you've worked out once, \w+ minutes in all\..* Cardio: once, .* Ready to carry on\?$/,
    );
    expect(said(await device.intent("LastWorkoutIntent"))).toMatch(
      /^You haven't done a workout with me yet\./,
    );
    // Only answered, never stored: the workout is logged once, when it stops.
    await device.intent("AMAZON.StopIntent");
    const log = (await itemsOf("mid-workout")).filter((item) =>
      String(item.sk).startsWith("WORKOUT#"),
    );
    expect(log).toHaveLength(1);
  });

  it("starts a new week on Monday in the device's time zone, not UTC", async () => {
    const device = deviceIn("weekly-tokyo", "Asia/Tokyo");
    device.setTime("2026-11-22T10:00:00Z"); // Sunday evening in Tokyo
    await finishPullUps(device);
    // 16:00 UTC on Sunday is already Monday 01:00 in Tokyo: a fresh week.
    device.setTime("2026-11-22T16:00:00Z");
    expect(said(await device.intent("WeeklyProgressIntent"))).toMatch(
      /^You haven't worked out yet this week\. You were active last week, so let's keep that going\./,
    );
    // Asked once per session at most.
    await device.intent("WeeklyProgressIntent");
    expect(settings.requests.filter((r) => r.includes("device-of-weekly-tokyo"))).toHaveLength(1);
  });

  it("falls back to UTC when the Settings API fails, and still answers", async () => {
    const device = deviceIn("weekly-no-zone");
    device.setTime("2026-11-22T10:00:00Z");
    await finishPullUps(device);
    device.setTime("2026-11-22T16:00:00Z"); // still Sunday in UTC
    expect(said(await device.intent("WeeklyProgressIntent"))).toMatch(
      /^This week you've worked out once/,
    );
    expect(skill.logs).toContainEqual(
      expect.objectContaining({ message: "Could not read the device time zone; using UTC" }),
    );
  });

  it("says what was done last time and when, in the user's days", async () => {
    const device = deviceIn("last-time", "America/New_York");
    device.setTime("2026-11-22T02:00:00Z"); // Saturday evening in New York
    await finishPullUps(device);
    device.setTime("2026-11-22T18:00:00Z"); // Sunday
    expect(said(await device.intent("LastWorkoutIntent"))).toMatch(
      /^Yesterday, you did (six|seven|eight) minutes of pull-up progression, beginner, and finished it\./,
    );
  });

  it("logs a workout stopped partway, and the rest when it is finished later", async () => {
    const device = deviceIn("partway", "UTC");
    device.setTime("2026-11-20T07:00:00Z");
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    for (let i = 0; i < 3; i++) await device.intent("ReadyIntent");
    await device.intent("AMAZON.StopIntent");
    device.setTime("2026-11-20T18:00:00Z");
    await device.intent("AMAZON.ResumeIntent");
    for (let i = 0; i < 4; i++) await device.intent("ReadyIntent");
    const log = (await itemsOf("partway")).filter((item) => String(item.sk).startsWith("WORKOUT#"));
    // Each part logs the moves it did; the second finishes the workout, every move done.
    expect(log.map((item) => [item.completed, item.moves])).toEqual([
      [false, 1],
      [true, 1],
    ]);
    expect(said(await device.intent("LastWorkoutIntent"))).toMatch(/and finished it\./);
  });
});

describe("delete my data", () => {
  it("asks first, then removes every item of the user; the next launch is a first launch", async () => {
    const device = deviceIn("forgetful", "UTC");
    await finishPullUps(device);
    await device.intent("UpdateProfileIntent", { age: "50" });
    expect((await itemsOf("forgetful")).length).toBeGreaterThan(1);

    const confirm = await device.intent("DeleteDataIntent");
    expect(said(confirm)).toMatch(/It can't be undone\. Are you sure\?$/);
    const done = await device.intent("AMAZON.YesIntent");
    expect(said(done)).toMatch(/^Done\. I've deleted everything I kept about you\./);
    expect(done.response.shouldEndSession).toBe(true);
    expect(await itemsOf("forgetful")).toEqual([]);

    expect(said(await device.launch())).toMatch(/^Welcome to Back Coach!/);
  });

  it("keeps everything on 'no'", async () => {
    const device = deviceIn("keeper", "UTC");
    await device.intent("UpdateProfileIntent", { age: "50" });
    await device.intent("DeleteDataIntent");
    expect(said(await device.intent("AMAZON.NoIntent"))).toBe(
      "Okay, I've kept everything. What would you like to do?",
    );
    // The record's two items, the profile and the position, both still there.
    expect((await itemsOf("keeper")).map((item) => item.sk).sort()).toEqual([
      "PROFILE",
      "PROFILE#POSITION",
    ]);
  });

  it("deletes everything when the user disables the skill", async () => {
    const device = deviceIn("disabler", "UTC");
    await finishPullUps(device);
    expect((await itemsOf("disabler")).length).toBeGreaterThan(0);
    await device.event("AlexaSkillEvent.SkillDisabled");
    expect(await itemsOf("disabler")).toEqual([]);
  });
});
