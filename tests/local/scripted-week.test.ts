import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import { typistOn } from "../support/typist";

/**
 * A week typed into the console, its clock making the days pass: a workout hands-free with
 * its rating, today's plan the next day and the day after, a reminder asked for, and the
 * unfinished workout offered a week later. Everything through the real model and skill.
 */

let consoleSkill: ConsoleSkill;
beforeAll(async () => {
  consoleSkill = await startConsoleSkill({
    userId: "a-week",
    locale: "en-US",
    // A Monday morning.
    startTime: Date.parse("2026-11-23T07:00:00Z"),
  });
});
afterAll(() => consoleSkill.close());

const say = typistOn(() => consoleSkill);
/** A clock command or walking away: no answer to check. */
const pass = (line: string) => consoleSkill.conversation.say(line);

describe("a week in the console", { timeout: 60_000 }, () => {
  it("plans each day from the days before it", async () => {
    // Monday: the blaster, hands-free, rated at the end.
    expect((await say("open back coach")).text).toMatch(/not a doctor/);
    expect((await say("keep going without asking")).intent).toBe("HandsFreeOnIntent");
    let answer = await say("start the back fat blaster");
    let questions = 1;
    while (!answer.text.includes("How did that workout feel")) {
      answer = await say("ready");
      if (++questions > 10) throw new Error("the blaster did not end");
    }
    expect(questions).toBe(5);
    expect((await say("too easy")).intent).toBe("RateIntent");
    await say("no");

    // Tuesday: yesterday's intervals were hard, so strength, and no intervals.
    await pass("/wait 1d");
    const tuesday = await say("what should I do today");
    expect(tuesday.timestamp?.slice(0, 10)).toBe("2026-11-24");
    expect(tuesday.text).toMatch(/intervals were hard.*back strength\. Shall we start/);
    expect((await say("yes")).intent).toBe("AMAZON.YesIntent");
    await say("stop");

    // Wednesday: Tuesday's workout, left unfinished, comes first.
    await pass("/wait 1d");
    const wednesday = await say("what should I do today");
    expect(wednesday.timestamp?.slice(0, 10)).toBe("2026-11-25");
    expect(wednesday.text).toMatch(/home calisthenics/);

    // A reminder: the console has no Alexa behind it, and says so.
    await pass("/end");
    await say("open back coach");
    const reminder = await say("remind me to work out monday wednesday and friday at 7 am");
    expect(reminder.text).toMatch(
      /^I heard every Monday, Wednesday, and Friday at seven a\.m\., but reminders need a real Alexa device/,
    );

    // The next Monday: the workout left on Tuesday is offered first.
    await pass("/end");
    await pass("/wait 5d");
    const monday = await say("open back coach");
    expect(monday.timestamp?.slice(0, 10)).toBe("2026-11-30");
    expect(monday.text).toMatch(/^Welcome back.*home calisthenics/);
  });
});
