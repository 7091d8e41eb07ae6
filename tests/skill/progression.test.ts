import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXERCISES,
  isRated,
  ladderOf,
  type MoveProgress,
  type Progression,
  stepBounds,
} from "../../lambda/coach";
import { STATE_KEY } from "../../lambda/turn/session-state";
import { ECHO_SHOW_8, renderDocument, said, type TestDevice } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Progress that adapts, over scripted weeks: "how was that?" after a move's last set (or once
 * at the end), the rating kept per move, and the next workout days later tuned by it, said and
 * counted. Off the happy path: passing over the question, wrong answers, a pause at the
 * question, two devices, forged session attributes, a year of history under Alexa's limits.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const QUESTION = "How was that: too easy, about right, or too hard?";
const feeling = (id: "easy" | "right" | "hard") => ({
  feeling: { value: { easy: "too easy", right: "about right", hard: "too hard" }[id], id },
});
const rate = (device: TestDevice, id: "easy" | "right" | "hard") =>
  device.intent("RateIntent", feeling(id));

async function progressionOf(userId: string): Promise<Progression | undefined> {
  return (await skill.store.load(userId)).record.progression;
}

/** The blaster from its start to the question after its first move, the rows' only set. */
async function atRowsQuestion(userId: string): Promise<TestDevice> {
  const device = skill.device(userId);
  await device.intent("StartWorkoutIntent", {});
  const set = said(await device.intent("ReadyIntent"));
  expect(set).toMatch(/eleven .*twelve .*How was that: too easy, about right, or too hard\?$/);
  return device;
}

function bytes(response: ResponseEnvelope): number {
  return Buffer.byteLength(JSON.stringify(response), "utf8");
}

describe("how was that?", () => {
  it("rated after the last set: kept for the move, said back, then the question of what comes next", async () => {
    const device = await atRowsQuestion("rate-easy");
    const answer = await device.intent("RateIntent", {
      feeling: { value: "I could have done more", id: "easy" },
    });
    expect(said(answer)).toMatch(
      /^Noted: a couple more reps next time\. Next, jumping jacks: .* Ready\?$/,
    );
    expect((await progressionOf("rate-easy"))?.moves).toEqual({
      "reverse-grip-double-arm-row": {
        reps: 2,
        step: 0,
        at: expect.any(String),
        news: "more",
      },
    });
    // "ready" starts the cardio the question was about; "repeat" asks that question again.
    expect(said(await device.intent("AMAZON.RepeatIntent"))).toMatch(/^Next, jumping jacks: /);
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Jumping jacks, one minute/);
  });

  it("'I had three left' is too easy, 'that was brutal' too hard, 'one left' about right", async () => {
    const easy = await atRowsQuestion("reps-left-3");
    await easy.intent("RateIntent", { repsLeft: "3" });
    expect((await progressionOf("reps-left-3"))?.moves["reverse-grip-double-arm-row"]?.reps).toBe(
      2,
    );
    const hard = await atRowsQuestion("brutal");
    await hard.intent("RateIntent", { feeling: { value: "that was brutal", id: "hard" } });
    expect((await progressionOf("brutal"))?.moves["reverse-grip-double-arm-row"]?.reps).toBe(-2);
    const right = await atRowsQuestion("reps-left-1");
    expect(said(await right.intent("RateIntent", { repsLeft: "1" }))).toMatch(
      /^Good: about right is just where it should be\./,
    );
    expect(await progressionOf("reps-left-1")).toBeUndefined();
  });

  it.each([
    ["ready", "ReadyIntent"],
    ["next", "AMAZON.NextIntent"],
    ["yes", "AMAZON.YesIntent"],
  ])(
    "'%s' passes over it and goes on exactly where 'ready' would: the cardio starts",
    async (_word, intent) => {
      const device = await atRowsQuestion(`pass-${intent}`);
      const next = said(await device.intent(intent));
      expect(next).toMatch(/^Knees soft.*Jumping jacks, one minute, moderate pace\. Go!/);
      expect(next).not.toMatch(/^Skipping/);
      expect(await progressionOf(`pass-${intent}`)).toBeUndefined();
    },
  );

  it("a wrong answer gets the same question again, and the rating still lands", async () => {
    const device = await atRowsQuestion("wrong-answer");
    const miss = said(await device.intent("AMAZON.FallbackIntent"));
    expect(miss.endsWith(QUESTION)).toBe(true);
    // A number of reps left no set has is no answer either: asked again.
    expect(said(await device.intent("RateIntent", { repsLeft: "400" }))).toBe(QUESTION);
    expect(said(await rate(device, "hard"))).toMatch(/^Noted: a couple fewer next time\./);
    expect((await progressionOf("wrong-answer"))?.moves["reverse-grip-double-arm-row"]?.reps).toBe(
      -2,
    );
  });

  it("a rating with no question open changes nothing and says when it is asked", async () => {
    const device = skill.device("rate-unasked");
    await device.intent("StartWorkoutIntent", {});
    expect(said(await rate(device, "easy"))).toBe(
      "I'll ask how a move felt once its last set is done. Ready to carry on?",
    );
    expect(await progressionOf("rate-unasked")).toBeUndefined();
  });

  it("between sets there is no question: only a move's last set asks it", async () => {
    const device = skill.device("between-sets");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Ready for set two\?$/);
    expect(said(await device.intent("ReadyIntent"))).toMatch(/Ready for set three\?$/);
    expect(said(await device.intent("ReadyIntent"))).toMatch(/How was that: .*\?$/);
  });

  it("paused at the question and back a day later: the next move, and the question is not asked again", async () => {
    const device = await atRowsQuestion("pause-at-question");
    await device.intent("AMAZON.PauseIntent");
    device.wait(24 * 3600);
    expect(said(await device.launch())).toBe(
      "Welcome back to Back Coach. You were on jumping jacks, in the back fat blaster. Pick up there?",
    );
    const resumed = said(await device.intent("AMAZON.YesIntent"));
    expect(resumed).toMatch(/^Picking up where you left off\. .*Jumping jacks, one minute/);
    expect(resumed).not.toContain("How was that");
    // Too late to rate the rows: the question is not open.
    expect(said(await rate(device, "easy"))).toMatch(/^I'll ask how a move felt/);
    expect(await progressionOf("pause-at-question")).toBeUndefined();
  });

  it("is asked once per move in a session: the blaster's round two does not ask again", async () => {
    const device = skill.device("round-two");
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "back fat blaster", id: "blaster" },
      minutes: "30",
    });
    const asked: string[] = [];
    for (let i = 0; i < 60 && device.sessionOpen; i++) {
      const reply = said(await device.intent("ReadyIntent"));
      if (reply.includes(QUESTION)) asked.push(reply);
      if (reply.includes("That's the end of")) break;
    }
    expect(asked).toHaveLength(5);
  });
});

describe("next time, days later", () => {
  it("today's plan starts the workout tuned too: 'yes' to the pick says and counts the earned reps", async () => {
    const user = "plan-tuned";
    const stored = await skill.store.load(user);
    // Rows rated easy once (twelve earned fourteen), and not yet said.
    await skill.store.save(user, stored, {
      ...stored.record,
      disclaimerHeard: true,
      progression: {
        moves: {
          "reverse-grip-double-arm-row": {
            reps: 2,
            step: 0,
            at: "2026-11-20T09:00:00.000Z",
            news: "more",
          },
        },
      },
    });
    const device = skill.device(user);
    const plan = said(await device.intent("TodaysPlanIntent"));
    expect(plan).toMatch(/Shall we start the back fat blaster/);
    const start = said(await device.intent("AMAZON.YesIntent"));
    expect(start).toContain(
      "Reverse-grip double-arm rows felt easy last time, so today it's fourteen.",
    );
    expect(said(await device.intent("ReadyIntent"))).toMatch(/thirteen .*fourteen .*How was that/);
  });

  it("the adapted reps are said and counted, the change said once, and the screen shows them", async () => {
    const device = await atRowsQuestion("days-later");
    await rate(device, "easy");
    await device.intent("AMAZON.StopIntent");
    device.wait(3 * 24 * 3600);
    device.screen = ECHO_SHOW_8;
    const start = await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "back fat blaster", id: "blaster" },
    });
    expect(said(start)).toContain(
      "Reverse-grip double-arm rows felt easy last time, so today it's fourteen. First up: reverse-grip double-arm rows, fourteen reps.",
    );
    const set = await device.intent("ReadyIntent");
    expect(said(set)).toMatch(/twelve .*thirteen .*fourteen .*How was that/);
    expect(said(set)).not.toContain("fifteen");
    // The workout screen's words are on its pages, one per segment the answer speaks.
    expect(renderDocument(set)?.datasources?.screen?.pages?.[0]).toMatchObject({
      move: "Reverse-grip double-arm rows",
      detail: "14 reps",
    });
    // Once said, not news: "about right" now, a week later the count stays and is not announced.
    await rate(device, "right");
    await device.intent("AMAZON.StopIntent");
    device.wait(7 * 24 * 3600);
    const again = said(await device.intent("StartWorkoutIntent", {}));
    expect(again).not.toContain("last time");
    expect(again).toContain("First up: reverse-grip double-arm rows, fourteen reps.");
  });

  it("at the top of a range, heavier weights, starting again at the bottom; push-ups too hard become knee push-ups", async () => {
    const user = "heavier";
    const stored = await skill.store.load(user);
    const top = ladderOf("reverse-grip-double-arm-row").up;
    await skill.store.save(user, stored, {
      ...stored.record,
      progression: {
        moves: {
          "reverse-grip-double-arm-row": { reps: top, step: 0, at: "2026-11-20T09:00:00.000Z" },
        },
      },
    });
    const device = skill.device(user);
    await device.intent("StartWorkoutIntent", {});
    await device.intent("ReadyIntent");
    expect(said(await rate(device, "easy"))).toMatch(
      /^Noted: next time, slightly heavier dumbbells\./,
    );
    await device.intent("AMAZON.StopIntent");
    device.wait(2 * 24 * 3600);
    expect(said(await device.intent("StartWorkoutIntent", {}))).toContain(
      "Reverse-grip double-arm rows felt easy last time, so today use slightly heavier dumbbells, starting again at eight.",
    );

    const home = skill.device("knees");
    await home.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    // Lumbar extensions (three sets), bridges (two), then push-ups: rated too hard three times.
    for (let run = 0; run < 3; run++) {
      if (run > 0) {
        home.wait(2 * 24 * 3600);
        await home.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
      }
      let reply = "";
      for (let i = 0; i < 20 && !/push-ups.*How was that/s.test(reply); i++) {
        reply = said(await home.intent("ReadyIntent"));
        if (reply.includes(QUESTION) && !reply.includes("push-up")) await rate(home, "right");
      }
      await rate(home, "hard");
      await home.intent("AMAZON.StopIntent");
    }
    home.wait(2 * 24 * 3600);
    await home.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    let intro = "";
    for (let i = 0; i < 12 && !intro.includes("knee push-ups"); i++) {
      intro = said(await home.intent("ReadyIntent"));
      if (intro.includes(QUESTION)) intro = said(await rate(home, "right"));
    }
    expect(intro).toContain(
      "Push-ups felt hard last time, so today it's knee push-ups, ten of them.",
    );
  });

  it("pull-ups: the negatives too easy at the top of their range, and the next pull-up workout is a level up", async () => {
    const user = "pull-up-level";
    const stored = await skill.store.load(user);
    await skill.store.save(user, stored, {
      ...stored.record,
      equipment: "gym",
      progression: {
        moves: {
          "negative-pull-up": {
            reps: ladderOf("negative-pull-up").up,
            step: 0,
            at: "2026-11-20T09:00:00.000Z",
          },
        },
      },
    });
    const device = skill.device(user);
    const pullUps = { workoutKind: { value: "pull ups", id: "pull-ups" } };
    expect(said(await device.intent("StartWorkoutIntent", pullUps))).toContain("lat pulldowns");
    let reply = "";
    // The negatives are the workout's last move: asked about after its closing line.
    for (let i = 0; i < 12 && !reply.includes("And that last move"); i++) {
      reply = said(await device.intent("ReadyIntent"));
      if (reply.includes(QUESTION)) await rate(device, "right");
    }
    expect(reply).toMatch(
      /That's the end of .*And that last move: too easy, about right, or too hard\?$/,
    );
    expect(said(await rate(device, "easy"))).toMatch(
      /^Noted: next time you ask for pull-ups, you're up a level\./,
    );
    expect((await progressionOf(user))?.pullUps?.level).toBe("intermediate");
    device.wait(2 * 24 * 3600);
    const next = said(await device.intent("StartWorkoutIntent", pullUps));
    expect(next).toMatch(/Your bar work felt easy last time, so today you're up a level\./);
    expect(next).toContain("assisted pull-ups");
    // Said once.
    expect((await progressionOf(user))?.pullUps?.news).toBeUndefined();
  });
});

describe("asked once, at the end, or never", () => {
  it("'ask me at the end': one question after the last move rates every move done", async () => {
    const device = skill.device("at-the-end");
    await device.launch();
    expect(
      said(
        await device.intent("FeedbackTimingIntent", { timing: { value: "at the end", id: "end" } }),
      ),
    ).toMatch(/^Okay: from your next workout, I'll ask once, at the end\./);
    await device.intent("StartWorkoutIntent", {});
    let reply = "";
    for (let i = 0; i < 40 && !reply.includes("That's the end of"); i++) {
      reply = said(await device.intent("ReadyIntent"));
      expect(reply).not.toContain(QUESTION);
    }
    expect(reply).toMatch(/How did that workout feel: too easy, about right, or too hard\?$/);
    const answer = said(await rate(device, "hard"));
    expect(answer).toBe(
      "Noted: I'll adjust five moves next time. Would you like a diet tip before you go?",
    );
    const moves = (await progressionOf("at-the-end"))?.moves ?? {};
    expect(Object.keys(moves).sort()).toEqual([
      "renegade-row",
      "reverse-grip-double-arm-row",
      "side-plank-arm-extension",
      "single-arm-row",
      "straight-arm-press-back",
    ]);
    expect(Object.values(moves).every((m) => m.reps < 0)).toBe(true);
  });

  it("'next' at the end passes over it to the tip offer", async () => {
    const device = skill.device("end-skip");
    await device.intent("FeedbackTimingIntent", { timing: { value: "at the end", id: "end" } });
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    let reply = "";
    for (let i = 0; i < 20 && !reply.includes("That's the end of"); i++)
      reply = said(await device.intent("ReadyIntent"));
    expect(reply).toMatch(/How did that workout feel/);
    expect(said(await device.intent("AMAZON.NextIntent"))).toBe(
      "Would you like a diet tip before you go?",
    );
    expect(await progressionOf("end-skip")).toBeUndefined();
  });

  it("'don't ask' mid-workout stops the questions of this workout too", async () => {
    const device = skill.device("dont-ask");
    await device.intent("StartWorkoutIntent", {});
    const stop = said(
      await device.intent("FeedbackTimingIntent", { timing: { value: "don't", id: "never" } }),
    );
    expect(stop).toBe("Okay: I won't ask how it went. Ready?");
    expect(said(await device.intent("ReadyIntent"))).toMatch(
      /twelve .*Next, jumping jacks: .* Ready\?$/,
    );
    expect((await skill.store.load("dont-ask")).record.feedbackTiming).toBe("never");
  });
});

describe("reset my progress", () => {
  it("asks first; no keeps it, yes puts every move back and the next workout says nothing of last time", async () => {
    const device = await atRowsQuestion("reset");
    await rate(device, "easy");
    await device.intent("AMAZON.StopIntent");
    device.wait(3600);
    await device.launch();
    expect(said(await device.intent("ResetProgressIntent"))).toBe(
      "This puts every move back to the workout's own reps and forms, and your pull-up level back to where it started. Reset your progress?",
    );
    expect(said(await device.intent("AMAZON.NoIntent"))).toMatch(
      /^Okay, your progress stays as it is\./,
    );
    expect(await progressionOf("reset")).toBeDefined();
    await device.intent("ResetProgressIntent");
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(
      /^Done: every move is back to where it started\./,
    );
    expect(await progressionOf("reset")).toBeUndefined();
    const start = said(await device.intent("StartWorkoutIntent", {}));
    expect(start).not.toContain("last time");
    expect(start).toContain("reverse-grip double-arm rows, twelve reps");
    // Nothing to reset now: said so, no question about it.
    await device.intent("AMAZON.StopIntent");
    expect(said(await device.intent("ResetProgressIntent"))).toMatch(
      /^There's nothing to reset yet/,
    );
  });

  it("delete my data deletes the progression with everything else", async () => {
    const device = await atRowsQuestion("delete-progression");
    await rate(device, "easy");
    await device.intent("DeleteDataIntent");
    await device.intent("AMAZON.YesIntent");
    expect(await progressionOf("delete-progression")).toBeUndefined();
    expect((await skill.store.load("delete-progression")).version).toBe(0);
  });
});

describe("two devices", () => {
  it("rating at once: both moves are kept; the same move, the later request decides", async () => {
    const user = "two-devices";
    const kitchen = skill.device(user);
    const bedroom = skill.device(user);
    bedroom.deviceId = "bedroom";
    // The kitchen reaches the rows' question; then the bedroom, in another workout, the lumbar
    // extensions'. Both questions are open at once, each session holding the record it read.
    kitchen.setTime("2026-11-22T09:00:00Z");
    await kitchen.intent("StartWorkoutIntent", {});
    await kitchen.intent("ReadyIntent");
    bedroom.setTime("2026-11-22T09:02:00Z");
    await bedroom.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    let reply = "";
    for (let i = 0; i < 5 && !reply.includes(QUESTION); i++)
      reply = said(await bedroom.intent("ReadyIntent"));
    expect(reply).toContain(QUESTION);
    await rate(kitchen, "easy");
    await rate(bedroom, "hard");
    const moves = (await progressionOf(user))?.moves ?? {};
    expect(moves["reverse-grip-double-arm-row"]?.reps).toBe(2);
    expect(moves["lumbar-extension"]?.reps).toBe(-2);

    // The same move from both: the later request's rating stands, whichever saves last.
    const early = skill.device("same-move");
    const late = skill.device("same-move");
    late.deviceId = "late";
    early.setTime("2026-11-23T09:00:00Z");
    late.setTime("2026-11-23T09:00:00Z");
    await early.intent("StartWorkoutIntent", {});
    await late.intent("StartWorkoutIntent", {});
    await early.intent("ReadyIntent");
    await late.intent("ReadyIntent");
    late.setTime("2026-11-23T09:02:00Z");
    await rate(late, "hard");
    early.setTime("2026-11-23T09:01:30Z");
    expect(said(await rate(early, "easy"))).toMatch(/^Noted: a couple more reps/);
    expect((await progressionOf("same-move"))?.moves["reverse-grip-double-arm-row"]).toMatchObject({
      reps: -2,
      at: "2026-11-23T09:02:00.000Z",
    });
  });
});

describe("nothing the client sends is trusted", () => {
  it("a forged progression in session attributes is read as no state: the stored record decides", async () => {
    const device = await atRowsQuestion("forged");
    const state = (device.responses.at(-1)?.sessionAttributes?.[STATE_KEY] ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    device.tamper({
      [STATE_KEY]: {
        ...state,
        user: {
          ...state.user,
          progression: {
            moves: { "reverse-grip-double-arm-row": { reps: 5000, step: 9, at: "x" } },
          },
        },
      },
    });
    await device.intent("ReadyIntent");
    await device.intent("AMAZON.StopIntent");
    expect(await progressionOf("forged")).toBeUndefined();
    const start = said(await device.intent("StartWorkoutIntent", {}));
    expect(start).toContain("reverse-grip double-arm rows, twelve reps");
  });

  it("a forged tuning (5,000 reps) is never counted", async () => {
    const device = skill.device("forged-tuning");
    await device.intent("StartWorkoutIntent", {});
    const state = (device.responses.at(-1)?.sessionAttributes?.[STATE_KEY] ?? {}) as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const progress = state.user?.progress ?? {};
    device.tamper({
      [STATE_KEY]: {
        ...state,
        user: {
          ...state.user,
          progress: {
            ...progress,
            tuning: {
              blocks: [{ block: 0, reps: 5000, exerciseId: "reverse-grip-double-arm-row" }],
            },
          },
        },
      },
    });
    // The state is not ours: the user is read again from storage, at the workout's own count.
    const set = said(await device.intent("ReadyIntent"));
    expect(set).toContain("reverse-grip double-arm rows, twelve reps");
    expect(set).not.toMatch(/thirteen|five thousand/);
  });
});

describe("Alexa's limits", () => {
  it.each([
    ["one segment an answer", false],
    ["hands-free", true],
  ])(
    "a year of history and a full progression record, %s: every response, session and screen, under 24 KB",
    async (_, handsFree) => {
      const user = handsFree ? "a-year-hands-free" : "a-year";
      const moves: Record<string, MoveProgress> = {};
      for (const exercise of EXERCISES.filter((e) => isRated(e.id))) {
        const { up } = ladderOf(exercise.id);
        moves[exercise.id] = {
          reps: up,
          step: stepBounds(exercise.id).max,
          at: "2026-11-21T09:00:00.000Z",
          news: "heavier",
        };
      }
      const stored = await skill.store.load(user);
      await skill.store.save(user, stored, {
        ...stored.record,
        progression: {
          moves,
          pullUps: { level: "advanced", at: "2026-11-21T09:00:00.000Z", news: "up" },
        },
      });
      const day = 24 * 3600 * 1000;
      const start = Date.parse("2025-11-22T09:00:00.000Z");
      // A workout a day for a year, written a week at a time.
      for (let week = 0; week < 53; week++) {
        const days = Array.from({ length: 7 }, (_, d) => week * 7 + d).filter((d) => d < 365);
        await Promise.all(
          days.map((d) =>
            skill.store.logWorkout(
              user,
              {
                workoutId: "back-fat-blaster-30",
                endedAt: new Date(start + d * day).toISOString(),
                completed: true,
                minutes: 30,
                moves: 20,
                totalMoves: 20,
                cardioMinutes: 20,
                strengthMoves: 10,
              },
              `year-${d}`,
            ),
          ),
        );
      }
      const device = skill.device(user);
      device.screen = ECHO_SHOW_8;
      const responses = [
        await device.launch(),
        ...(handsFree ? [await device.intent("HandsFreeOnIntent")] : []),
        await device.intent("WeeklyProgressIntent"),
        await device.intent("StartWorkoutIntent", { minutes: "30" }),
      ];
      for (let i = 0; i < 50 && device.sessionOpen; i++) {
        const reply = await device.intent("ReadyIntent");
        responses.push(reply);
        if (said(reply).includes(QUESTION)) responses.push(await rate(device, "easy"));
        if (said(reply).includes("That's the end of")) break;
      }
      // Hands-free says the same workout in fewer, longer answers.
      expect(responses.length).toBeGreaterThan(handsFree ? 8 : 25);
      const largest = Math.max(...responses.map(bytes));
      expect(largest).toBeLessThan(24 * 1024);
      // The full record really travelled: the session carries every move's entry (as text).
      const state = responses.at(-1)?.sessionAttributes?.[STATE_KEY] as
        | { user?: { progression?: string } }
        | undefined;
      const carried = JSON.parse(state?.user?.progression ?? "{}") as Partial<Progression>;
      expect(Object.keys(carried.moves ?? {})).toHaveLength(Object.keys(moves).length);
    },
    60_000,
  );
});
