import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ECHO_SHOW_8, renderDocument, said, type TestDevice } from "../support/device";
import { journeyOn } from "../support/screen-journeys";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Screens from the skill's side, through real envelopes and the real handlers: a device that
 * announces APL gets the screen, one that does not gets none and the very same speech; a touch
 * does what the word does; a forged touch is answered as any request nothing declares.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

/** Two devices of two users who do the same things: an Echo Show 8 and an Echo Dot. */
function pair(name: string): { show: TestDevice; dot: TestDevice } {
  const show = skill.device(`${name}-show`);
  show.screen = ECHO_SHOW_8;
  return { show, dot: skill.device(`${name}-dot`) };
}

/** The workout screen's words are in pages (one per segment the answer speaks): the first one's. */
const screenData = (r: ResponseEnvelope) => {
  const screen = renderDocument(r)?.datasources?.screen;
  return screen?.pages ? { ...screen, ...screen.pages[0] } : screen;
};

describe("screens: which devices get them", () => {
  it("a workout on a Show gets the workout screen; the same on a Dot gets none, word for word", async () => {
    const { show, dot } = pair("workout");
    const steps: ((d: TestDevice) => Promise<ResponseEnvelope>)[] = [
      (d) => d.intent("StartWorkoutIntent", {}),
      (d) => d.intent("ReadyIntent"),
      (d) => d.intent("ReadyIntent"),
    ];
    for (const step of steps) {
      const onShow = await step(show);
      const onDot = await step(dot);
      expect(said(onShow)).toBe(said(onDot));
      expect(onShow.response.reprompt).toEqual(onDot.response.reprompt);
      expect(renderDocument(onDot)).toBeUndefined();
      expect(renderDocument(onShow)?.document?.version).toBe("1.4");
    }
    const cardio = show.responses.at(-1) as ResponseEnvelope;
    expect(screenData(cardio)).toMatchObject({
      title: "The back fat blaster",
      move: "Jumping jacks",
      detail: "Moderate 1:00 · Hard 1:00",
      progress: "Move 2 of 10",
      next: "Next: side plank arm extensions",
    });
    const clocks = renderDocument(cardio)?.datasources?.clock?.clocks;
    expect(clocks.map((c: { label: string; seconds: number }) => [c.label, c.seconds])).toEqual([
      ["Moderate", 60],
      ["Hard", 60],
    ]);
  });

  it("shows the set and the reps, and Ready at the segment's question", async () => {
    const { show } = pair("set");
    await show.intent("StartWorkoutIntent", {});
    const set = await show.intent("ReadyIntent");
    expect(screenData(set)).toMatchObject({ move: "Reverse-grip double-arm rows" });
    expect(screenData(set)?.detail).toMatch(/reps/);
    expect(screenData(set)?.buttons.map((b: { action: string }) => b.action)).toEqual([
      "pause",
      "repeat",
      "skip",
      "next",
      "ready",
    ]);
  });

  it("a hold counts down on its own clock, then the rest between sets on another", async () => {
    const { show } = pair("hold");
    await show.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    let clocks: { label: string; seconds: number }[] = [];
    for (let i = 0; i < 30 && !clocks.some((c) => c.label === "Hold"); i++)
      clocks = renderDocument(await show.intent("ReadyIntent"))?.datasources?.clock?.clocks ?? [];
    expect(clocks.map((c) => [c.label, c.seconds])).toEqual([
      ["Hold", 30],
      ["Rest", expect.any(Number)],
    ]);
  });

  it("a viewport without APL announced is no screen", async () => {
    const dot = skill.device("viewport-no-apl");
    // A Viewport alone, as a forged or odd client might send: no interface, no directive.
    const response = await dot.send({
      type: "IntentRequest",
      intent: { name: "StartWorkoutIntent", confirmationStatus: "NONE", slots: {} },
    });
    expect(renderDocument(response)).toBeUndefined();
  });
});

describe("screens: an answer without a screen of its own", () => {
  it("inside a workout shows the workout where the user is; outside, what was said", async () => {
    const { show } = pair("default");
    await show.intent("StartWorkoutIntent", {});
    await show.intent("ReadyIntent");
    const help = await show.intent("AMAZON.HelpIntent");
    expect(renderDocument(help)?.token).toBe("backcoach-workout");
    expect(screenData(help)?.move).toBe("Reverse-grip double-arm rows");
    const bye = await show.intent("AMAZON.StopIntent");
    expect(renderDocument(bye)?.token).toBe("backcoach-card");
    expect(screenData(bye)?.rows).toEqual([said(bye)]);
  });
});

describe("screens: a touch does what the word does", () => {
  const buttons: [string, string][] = [
    ["ready", "ReadyIntent"],
    ["next", "AMAZON.NextIntent"],
    ["repeat", "AMAZON.RepeatIntent"],
    ["skip", "SkipExerciseIntent"],
    ["pause", "AMAZON.PauseIntent"],
  ];
  it.each(buttons)("'%s' answers as %s", async (button, intent) => {
    const touched = skill.device(`touch-${button}`);
    touched.screen = ECHO_SHOW_8;
    const spoken = skill.device(`say-${button}`);
    spoken.screen = ECHO_SHOW_8;
    for (const d of [touched, spoken]) {
      await d.intent("StartWorkoutIntent", {});
      await d.intent("ReadyIntent");
    }
    const byTouch = await touched.touch(button);
    const byWord = await spoken.intent(intent);
    expect(said(byTouch)).toBe(said(byWord));
    expect(byTouch.response.shouldEndSession).toBe(byWord.response.shouldEndSession);
    expect(screenData(byTouch)).toEqual(screenData(byWord));
    // And the workout goes on the same way after it.
    if (byWord.response.shouldEndSession === false)
      expect(said(await touched.intent("ReadyIntent"))).toBe(
        said(await spoken.intent("ReadyIntent")),
      );
  });
});

describe("screens: forged touches", () => {
  const forged: [string, unknown[]][] = [
    ["an unknown word", ["delete"]],
    ["__proto__", ["__proto__"]],
    ["constructor", ["constructor"]],
    ["toString", ["toString"]],
    ["an object", [{ action: "pause" }]],
    ["a number", [42]],
    ["a 100,000-character string", ["x".repeat(100_000)]],
    ["no argument", []],
  ];
  it.each(forged)("%s is answered safely, the workout where it was", async (_name, args) => {
    const d = skill.device("forged");
    d.screen = ECHO_SHOW_8;
    await d.intent("StartWorkoutIntent", {});
    const before = said(await d.intent("ReadyIntent"));
    const answer = await d.touch(...args);
    expect(said(answer)).toMatch(/Sorry|missed|say ready/i);
    expect(answer.response.shouldEndSession).toBe(false);
    // "repeat" still repeats the segment: nothing moved.
    expect(said(await d.intent("AMAZON.RepeatIntent"))).toContain(before.slice(0, 40));
  });

  it("a touch with no arguments field at all is answered too", async () => {
    const d = skill.device("forged-no-args");
    d.screen = ECHO_SHOW_8;
    await d.intent("StartWorkoutIntent", {});
    const answer = await d.send({ type: "Alexa.Presentation.APL.UserEvent", token: "x" });
    expect(answer.response.shouldEndSession).toBe(false);
  });
});

describe("screens: every answer that has one", () => {
  const expected: [string, Record<string, unknown>][] = [
    ["launch", { kicker: "Back Coach", heading: "The back fat blaster" }],
    ["how to", { kicker: "How to", heading: "Reverse-grip double-arm rows" }],
    [
      "calorie target",
      { kicker: "Daily calorie target", heading: expect.stringMatching(/^\d,\d{3} kcal$/) },
    ],
    ["diet tip", { kicker: "Diet tip: protein" }],
    ["week", { kicker: "This week", heading: expect.stringMatching(/^\d+ of 150 min$/) }],
    ["finish", { kicker: "Workout done", heading: "The eight-move back toning routine" }],
    ["rest day", { kicker: "Back Coach", heading: "Rest today", subtitle: "Today's plan" }],
  ];
  it.each(expected)("%s: the card on a Show, the same words alone on a Dot", async (name, data) => {
    const onShow = await journeyOn(skill, name, ECHO_SHOW_8, `card-${name}-show`);
    const onDot = await journeyOn(skill, name, undefined, `card-${name}-dot`);
    expect(said(onShow)).toBe(said(onDot));
    expect(renderDocument(onDot)).toBeUndefined();
    expect(renderDocument(onShow)?.token).toBe(
      name === "week" ? "backcoach-week" : "backcoach-card",
    );
    expect(screenData(onShow)).toMatchObject(data);
  });

  it("week: a bar per day, Monday first, today marked, and the next step said last", async () => {
    const r = await journeyOn(skill, "week", ECHO_SHOW_8, "card-week-days");
    const { days, next } = screenData(r);
    expect(days).toHaveLength(7);
    expect(days.filter((d: { today: boolean }) => d.today)).toHaveLength(1);
    expect(days.some((d: { minutes: number }) => d.minutes > 0)).toBe(true);
    expect(said(r)).toContain(next);
  });

  it("how to: the steps, numbered, and the equipment", async () => {
    const r = await journeyOn(skill, "how to", ECHO_SHOW_8, "card-steps");
    const data = screenData(r);
    expect(data.subtitle).toBe("Equipment: dumbbells");
    expect(data.rows[0]).toMatch(/^1\. /);
  });

  it("calorie target: target, maintenance, the deficit and the floor rule", async () => {
    const r = await journeyOn(skill, "calorie target", ECHO_SHOW_8, "card-calories");
    expect(screenData(r).rows).toEqual([
      expect.stringMatching(/^Maintenance: \d,\d{3} kcal$/),
      "Deficit: 500 kcal a day",
      "Never below 1,300 kcal a day",
    ]);
    // The figures on screen are the ones said.
    const target = String(screenData(r).heading).replace(" kcal", "");
    expect(said(r)).toContain(`about ${target} calories`);
  });
});
