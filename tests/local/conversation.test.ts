import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSkill, startConsoleSkill } from "../../lambda/local/console-skill";
import type { ConsoleTurn } from "../../lambda/local/conversation";
import { expectValidAlexaSpeech } from "../support/alexa-speech";

let consoleSkill: ConsoleSkill;
beforeAll(async () => {
  consoleSkill = await startConsoleSkill({ userId: "typist", locale: "en-US" });
});
afterAll(() => consoleSkill.close());

/** Says a line through the real interaction model and checks the answer like any response. */
async function say(line: string): Promise<ConsoleTurn> {
  const turn = await consoleSkill.conversation.say(line);
  if (!turn) throw new Error(`no turn for "${line}"`);
  if (turn.ssml) await expectValidAlexaSpeech({ ssml: turn.ssml, estimatedSeconds: 0 });
  if (!turn.endSession) expect(turn.reprompt).toBeTruthy();
  return turn;
}

describe("typed utterances, resolved by the interaction model", () => {
  it("launches with 'open back coach'", async () => {
    const turn = await say("open back coach");
    expect(turn).toMatchObject({ request: "LaunchRequest", intent: null, endSession: false });
  });

  it.each([
    ["start a back workout", "StartWorkoutIntent", {}],
    ["start the back fat blaster", "StartWorkoutIntent", { workoutKind: "back fat blaster" }],
    ["I only have a band", "StartWorkoutIntent", { equipment: "band" }],
    ["start a 15 minute workout", "StartWorkoutIntent", { minutes: "15" }],
    ["ready", "ReadyIntent", {}],
    ["next", "AMAZON.NextIntent", {}],
    ["skip this exercise", "SkipExerciseIntent", {}],
    ["what's next", "WhatsNextIntent", {}],
    ["how much is left", "TimeLeftIntent", {}],
    ["how do I do this", "HowToIntent", {}],
    ["go back", "AMAZON.PreviousIntent", {}],
    ["repeat", "AMAZON.RepeatIntent", {}],
    ["give me a tip about snacks", "DietTipIntent", { tipTopic: "snacks" }],
    ["help", "AMAZON.HelpIntent", {}],
  ])("'%s' is %s", async (line, intent, slots) => {
    const turn = await say(line);
    expect(turn.intent).toBe(intent);
    expect(turn.slots).toEqual(slots);
    expect(turn.endSession).toBe(false);
  });

  it.each(["my back hurts", "I feel dizzy", "that hurts"])(
    "'%s' stops everything (PainIntent) and ends the session",
    async (line) => {
      const turn = await say(line);
      expect(turn.intent).toBe("PainIntent");
      expect(turn.endSession).toBe(true);
    },
  );

  it("sends what no sample matches to the fallback intent, like a device", async () => {
    const turn = await say("purple elephants dance");
    expect(turn).toMatchObject({ intent: "AMAZON.FallbackIntent", endSession: false });
    expect(turn.text).toMatch(/^Sorry, I didn't catch that\./);
  });

  it("does not mistake 'tell me a tip' for a launch", async () => {
    const turn = await say("tell me a diet tip");
    expect(turn.intent).toBe("DietTipIntent");
  });

  it("ends the session with /end, then a plain line opens a new one", async () => {
    expect((await consoleSkill.conversation.say("/end"))?.request).toBe("SessionEndedRequest");
    expect(consoleSkill.conversation.sessionOpen).toBe(false);
    const turn = await say("resume my workout");
    expect(turn.intent).toBe("AMAZON.ResumeIntent");
    expect(turn.text).toMatch(/^Picking up where you left off\./);
  });

  it("drops Alexa's connecting words in one-shot requests", async () => {
    const turn = await say("ask back coach to start a rowing workout");
    expect(turn).toMatchObject({ intent: "StartWorkoutIntent", slots: { workoutKind: "rowing" } });
    expect(turn.text).toContain("This is rowing and back strength");
    const how = await say("ask back coach how much is left");
    expect(how.intent).toBe("TimeLeftIntent");
  });

  it("shows pauses readably in the text", async () => {
    // The one-shot above heard the rowing introduction to its end: "ready" rows.
    const turn = await say("ready");
    expect(turn.text).toMatch(/^Picking up where you left off\./);
    expect(turn.text).toMatch(/Go! \(\d+(\.\d+)? s\)/);
    expect(turn.text).not.toContain("<break");
  });
});

describe("the profile dialog, typed as a person would say it", () => {
  it("resolves bare answers as the slot being asked for, with spoken numbers as digits", async () => {
    await consoleSkill.conversation.say("/end");
    expect((await say("ask back coach what's my daily calorie target")).intent).toBe(
      "CalorieTargetIntent",
    );
    expect((await say("female")).slots).toEqual({ sex: "female" });
    expect((await say("forty")).slots).toEqual({ age: "40" });
    expect((await say("five foot six")).slots).toEqual({ heightFeet: "5", heightInches: "6" });
    const tooHeavy = await say("I weigh 5000 pounds");
    expect(tooHeavy.text).toMatch(/^Sorry, I can use weights from 66 pounds to 661 pounds\./);
    expect((await say("about 180 pounds")).slots).toEqual({ weightPounds: "180" });
    const target = await say("I work out three times a week");
    expect(target.slots).toEqual({ workoutsPerWeek: "3" });
    expect(target.text).toMatch(/^Your daily target is about 1,\d{3} calories\./);
  });

  it("takes a metric correction in one line", async () => {
    const turn = await say("update my weight to 75 kilos");
    expect(turn).toMatchObject({ intent: "UpdateProfileIntent", slots: { weightKilos: "75" } });
    expect(turn.text).toMatch(/^Got it: 75 kilos\./);
  });

  it("sends an answer that is not a number as '?', like a device", async () => {
    // An impossible age makes the skill ask for the age again...
    expect((await say("update my age to 3")).text).toMatch(
      /^Sorry, I can use ages from 18 to 100\. How old are you\?$/,
    );
    // ...and a bare answer that is no number arrives as "?".
    const turn = await say("banana");
    expect(turn).toMatchObject({ intent: "UpdateProfileIntent", slots: { age: "?" } });
    expect(turn.text).toMatch(/^Sorry, I can use ages from 18 to 100\./);
  });
});
