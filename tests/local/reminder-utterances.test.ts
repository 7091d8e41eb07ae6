import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import { typistOn } from "../support/typist";

/** Reminders typed into the console: resolved by the real model, answered honestly (no Alexa API). */

let consoleSkill: ConsoleSkill;
beforeAll(async () => {
  consoleSkill = await startConsoleSkill({ userId: "reminder-typist", locale: "en-US" });
  await consoleSkill.conversation.say("open back coach");
});
afterAll(() => consoleSkill.close());

const say = typistOn(() => consoleSkill);

describe("reminders in the console", () => {
  it("hears the days and the time, and says reminders need a real device", async () => {
    const turn = await say("remind me to work out monday wednesday and friday at 7 am");
    expect(turn.intent).toBe("SetReminderIntent");
    expect(turn.slots).toMatchObject({
      dayOne: "monday",
      dayTwo: "wednesday",
      dayThree: "friday",
      time: "07:00",
    });
    expect(turn.text).toMatch(
      /^I heard every Monday, Wednesday, and Friday at seven a\.m\., but reminders need a real Alexa device/,
    );
  });

  it("asks for what is missing, and takes bare answers as a device does", async () => {
    expect((await say("remind me to work out")).text).toMatch(/^Which days shall I remind you/);
    const days = await say("tuesday and thursday");
    expect(days.intent).toBe("SetReminderIntent");
    expect(days.text).toBe("And at what time?");
    const time = await say("six thirty p.m.");
    expect(time.slots).toMatchObject({ time: "18:30" });
    expect(time.text).toMatch(/^I heard every Tuesday and Thursday at six thirty p\.m\./);
  });

  it("a time that is none is asked again", async () => {
    await say("remind me to work out on fridays");
    const again = await say("banana");
    expect(again.text).toMatch(/^I need a clock time/);
  });

  it("listing and cancelling say the same about the device", async () => {
    expect((await say("what reminders do i have")).text).toMatch(
      /^Reminders live on a real Alexa device/,
    );
    expect((await say("cancel my reminders")).text).toMatch(
      /^Reminders live on a real Alexa device/,
    );
  });
});
