import { describe, expect, it } from "vitest";
import {
  dailyCalorieTarget,
  EMPTY_TIP_HISTORY,
  getExercise,
  howToDo,
  nextTip,
  speakCalorieTarget,
  speakNoSpotReduction,
  speakProtein,
  speakTip,
  speakWater,
  speakWeeksToLose,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";
import { expectValidAlexaSpeech, spokenText } from "../../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

const man = {
  sex: "male",
  ageYears: 35,
  heightCm: 180,
  weightKg: 90,
  activity: "moderate",
} as const;
const woman = {
  sex: "female",
  ageYears: 30,
  heightCm: 165,
  weightKg: 60,
  activity: "sedentary",
} as const;

describe("spoken nutrition answers", () => {
  it("gives the target with a one-sentence why", async () => {
    const speech = speakCalorieTarget(v, dailyCalorieTarget(man), "imperial");
    expect(spokenText(speech.ssml)).toBe(
      "Your daily target is about 2,380 calories. Your maintenance is about 2,880; minus 500 for about a pound a week. It's an estimate, not medical advice.",
    );
    await expectValidAlexaSpeech(speech);
  });

  it("says kilos a week in metric", () => {
    const text = spokenText(speakCalorieTarget(v, dailyCalorieTarget(man), "metric").ssml);
    expect(text).toContain("about 0.45 kilos a week");
  });

  it("says the floor rule aloud when it applies", async () => {
    const speech = speakCalorieTarget(v, dailyCalorieTarget(woman), "imperial");
    const text = spokenText(speech.ssml);
    expect(text).toMatch(/^Your daily target is about 1,300 calories\./);
    expect(text).toContain("would put you under 1,300. That's the least we ever suggest");
    await expectValidAlexaSpeech(speech);
  });

  it("answers how long ten pounds takes, honestly", async () => {
    const speech = speakWeeksToLose(v, 10, dailyCalorieTarget(man), man, "imperial");
    expect(spokenText(speech.ssml)).toMatch(
      /10 pounds takes roughly 10 weeks\. It's an estimate, not medical advice\.$/,
    );
    await expectValidAlexaSpeech(speech);
  });

  it("speaks protein and water in the locale's units", async () => {
    expect(spokenText(speakProtein(v, "imperial").ssml)).toContain("about 3 to 4 ounces");
    expect(spokenText(speakProtein(v, "metric").ssml)).toContain("about 80 to 110 grams");
    expect(spokenText(speakWater(v, "imperial").ssml)).toContain(
      "about 60 ounces, or 7 and a half cups",
    );
    expect(spokenText(speakWater(v, "metric").ssml)).toContain("about 1.8 liters");
    for (const speech of [
      speakProtein(v, "imperial"),
      speakWater(v, "metric"),
      speakNoSpotReduction(v),
    ]) {
      await expectValidAlexaSpeech(speech);
    }
  });

  it("speaks every tip as valid SSML", async () => {
    let history = EMPTY_TIP_HISTORY;
    for (let i = 0; i < 30; i++) {
      const result = nextTip(v, history);
      history = result.history;
      await expectValidAlexaSpeech(speakTip(result.tip));
    }
  });
});

describe("how do I do this", () => {
  it("reads the steps, numbered, and asks to carry on", async () => {
    const speech = howToDo(v, getExercise("renegade-row"));
    const text = spokenText(speech.ssml);
    expect(text).toMatch(/^Here's how to do renegade rows\. One: Get into a high plank/);
    expect(text).toContain("Five: Keep alternating");
    expect(text).toMatch(/Ready to carry on\?$/);
    await expectValidAlexaSpeech(speech);
  });
});
