import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { said, type TestDevice } from "../support/device";
import { itemsOf } from "../support/local-table";
import { type SettingsApi, startSettingsApi } from "../support/settings-api";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * What counts as done: only segments heard to their end; moves with work heard; minutes from
 * those segments; sessions toward each weekly target only past the guides' thresholds. The
 * closing line, "what did I do last time" and "how am I doing" read the same log entry.
 */

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

function deviceOf(userId: string): TestDevice {
  const device = skill.device(userId);
  device.apiEndpoint = settings.endpoint;
  device.deviceId = `device-of-${userId}`;
  settings.timeZones.set(device.deviceId, "UTC");
  device.setTime("2026-11-18T07:00:00Z"); // a Wednesday
  return device;
}

async function loggedWorkouts(userId: string) {
  return (await itemsOf(skill.table, userId)).filter((item) =>
    String(item.sk).startsWith("WORKOUT#"),
  );
}

/** "...You did five moves in about eleven minutes..." -> [5 as words, 11 as words]. */
function closingNumbers(closing: string): { moves: string; minutes: string } {
  const match = /You did (\w+) moves? in about ([\w-]+(?: \w+)?) minutes?\./.exec(closing);
  if (!match?.[1] || !match[2]) throw new Error(`no summary in: ${closing}`);
  return { moves: match[1], minutes: match[2] };
}

describe("skipped work is not done work", () => {
  it("skipping all five strength moves of the blaster logs only the cardio, everywhere alike", async () => {
    const device = deviceOf("skips-strength");
    await device.intent("StartWorkoutIntent", {});
    let closing = "";
    for (let move = 0; move < 5; move++) {
      const skipped = said(await device.intent("SkipExerciseIntent"));
      expect(skipped).toMatch(/^Skipping /);
      closing = said(await device.intent("ReadyIntent"));
    }
    expect(closing).toMatch(/That's the end of the back fat blaster\. /);
    const { moves, minutes } = closingNumbers(closing);
    expect(moves).toBe("five");

    const [entry, ...more] = await loggedWorkouts("skips-strength");
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ moves: 5, totalMoves: 10, completed: false, strengthMoves: 0 });
    expect(Number(entry?.cardioMinutes)).toBeGreaterThanOrEqual(10);

    await device.intent("AMAZON.NoIntent");
    const last = said(await device.intent("LastWorkoutIntent"));
    expect(last).toBe(
      `Earlier today, you did ${minutes} minutes of the back fat blaster, five moves of its ten. Shall we start the back fat blaster, about sixteen minutes?`,
    );
    const week = said(await device.intent("WeeklyProgressIntent"));
    expect(week).toContain(`This week you've worked out once, ${minutes} minutes in all.`);
    expect(week).toContain(
      "Cardio: once, of three or four. Back strength: none yet, of two or three.",
    );
  });

  it("a straight run: the closing line, the log and the week say the same minutes", async () => {
    const device = deviceOf("straight-run");
    await device.intent("StartWorkoutIntent", {});
    let closing = "";
    for (let i = 0; i < 14; i++) closing = said(await device.intent("ReadyIntent"));
    const { moves, minutes } = closingNumbers(closing);
    expect(moves).toBe("ten");
    const [entry] = await loggedWorkouts("straight-run");
    expect(entry).toMatchObject({ completed: true, moves: 10, totalMoves: 10, strengthMoves: 5 });
    await device.intent("AMAZON.NoIntent");
    expect(said(await device.intent("LastWorkoutIntent"))).toBe(
      `Earlier today, you did ${minutes} minutes of the back fat blaster, and finished it. Shall we start the back fat blaster, about sixteen minutes?`,
    );
    const week = said(await device.intent("WeeklyProgressIntent"));
    expect(week).toContain(`${minutes} minutes in all`);
    expect(week).toContain("Cardio: once, of three or four. Back strength: once, of two or three.");
  });

  it("skipping every move is said plainly, not praised, and logs nothing", async () => {
    const device = deviceOf("skips-everything");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "gym", id: "gym" } });
    let closing = "";
    for (let move = 0; move < 3; move++) closing = said(await device.intent("SkipExerciseIntent"));
    expect(closing).toMatch(
      /^Skipping [^.]+\. That's the end of gym machines for your back\. You skipped every move this time/,
    );
    expect(closing).not.toMatch(/Nice work|Well done|Great/);
    expect(await loggedWorkouts("skips-everything")).toEqual([]);
  });
});

describe("a few minutes is not a session", () => {
  it("three minutes into the blaster: minutes toward the week, no cardio or strength session", async () => {
    const device = deviceOf("three-minutes");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("ReadyIntent"); // the rows
    await device.intent("ReadyIntent"); // two minutes of jumping jacks
    await device.intent("AMAZON.StopIntent");
    const [entry] = await loggedWorkouts("three-minutes");
    expect(entry).toMatchObject({ moves: 2, completed: false, strengthMoves: 1 });
    const week = said(await device.intent("WeeklyProgressIntent"));
    expect(week).toMatch(
      /^This week you've put in (two|three|four) minutes, not yet a full session\./,
    );
    expect(week).not.toMatch(/Cardio: once|Back strength: once/);
  });

  it("a workout paused and finished the same day adds up to one session", async () => {
    const device = deviceOf("two-parts");
    await device.intent("StartWorkoutIntent", {});
    for (let i = 0; i < 6; i++) await device.intent("ReadyIntent");
    await device.intent("AMAZON.StopIntent");
    device.setTime("2026-11-18T18:00:00Z");
    await device.intent("AMAZON.ResumeIntent");
    for (let i = 0; i < 8; i++) await device.intent("ReadyIntent");
    const log = await loggedWorkouts("two-parts");
    expect(log.map((item) => item.completed)).toEqual([false, true]);
    // Each part alone has under ten minutes of cardio; together they make one cardio session.
    expect(log.every((item) => Number(item.cardioMinutes) < 10)).toBe(true);
    await device.intent("AMAZON.NoIntent");
    const week = said(await device.intent("WeeklyProgressIntent"));
    expect(week).toMatch(/^This week you've worked out once, /);
    expect(week).toContain("Cardio: once, of three or four. Back strength: once, of two or three.");
  });
});
