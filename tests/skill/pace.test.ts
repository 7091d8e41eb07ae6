import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  announcedMinutes,
  getWorkout,
  type Pace,
  remainingAfter,
  type WorkoutProgress,
} from "../../lambda/coach";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";
import { breakSeconds } from "../support/alexa-speech";
import { said, type TestDevice } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * "Slower" and "faster": the user sets the pace reps are counted at. Nothing else moves: the
 * workout carries on from the same question, the next sets count at the new pace, the pace is
 * remembered, and the announced length and "how much is left" follow it.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const v = voice(DEFAULT_LOCALE);
const SLOWER = "Okay, slower: from the next set, each rep gets a little more time.";
const FASTER = "Okay, faster: from the next set, I'll count a little quicker.";
const SLOWER_NEXT = "Okay, slower: in your next workout, each rep gets a little more time.";

/** Seconds of silence in a response: where the count's pace shows. */
function pauses(response: ResponseEnvelope): number {
  const speech = response.response.outputSpeech;
  const ssml = speech?.type === "SSML" ? speech.ssml : "";
  return breakSeconds(ssml).reduce((sum, s) => sum + s, 0);
}

function sessionState(response: ResponseEnvelope): Record<string, unknown> {
  const state = response.sessionAttributes?.backCoach;
  expect(state).toBeTypeOf("object");
  return state as Record<string, unknown>;
}

async function storedPace(userId: string): Promise<unknown> {
  return (await skill.store.load(userId)).record.pace;
}

/** "about seventeen minutes": the length the blaster is announced with at a pace. */
function blasterLength(pace: Pace): string {
  return `about ${v.duration(announcedMinutes(v, getWorkout("back-fat-blaster"), pace) * 60)}`;
}

/** The blaster's first set (reverse-grip rows), heard at the standard pace, for comparison. */
async function standardFirstSet(): Promise<ResponseEnvelope> {
  const device = skill.device(`standard-${Math.random()}`);
  await device.intent("StartWorkoutIntent", {});
  return device.intent("ReadyIntent");
}

async function saySlower(device: TestDevice, times: number): Promise<ResponseEnvelope> {
  let reply = await device.intent("SlowerIntent");
  for (let i = 1; i < times; i++) reply = await device.intent("SlowerIntent");
  return reply;
}

describe("slower and faster during a workout", () => {
  it("at a move's question, asks it again, and the next set counts slower, word for word", async () => {
    const device = skill.device("pace-at-question");
    await device.intent("StartWorkoutIntent", {});
    const reply = await device.intent("SlowerIntent");
    expect(said(reply)).toBe(`${SLOWER} Ready?`);
    expect(reply.response.shouldEndSession).toBe(false);
    expect(await storedPace("pace-at-question")).toBe(1.2);

    const slowSet = await device.intent("ReadyIntent");
    const standardSet = await standardFirstSet();
    // The same set, the same words: only the pauses between the counts grow.
    expect(said(slowSet)).toBe(said(standardSet));
    expect(said(slowSet)).toMatch(/^Go\. one .* twelve/);
    // Twelve reps at 2 s become twelve at 2.4 s: 4.8 s more.
    expect(pauses(slowSet) - pauses(standardSet)).toBeCloseTo(12 * 2 * 0.2, 0);
  });

  it("mid-set, keeps the place: the set's own question again, and 'ready' goes on as it would have", async () => {
    const device = skill.device("pace-mid-set");
    await device.intent("StartWorkoutIntent", {});
    const set = await device.intent("ReadyIntent");
    // The rows' only set ends asking how it went: that question stands after the change of pace.
    const question = said(set).match(/How was that: [^?]*\?$/)?.[0];
    expect(question).toBeDefined();
    const reply = await device.intent("FasterIntent");
    expect(said(reply)).toBe(`${FASTER} ${question}`);
    const stateBefore = sessionState(set).user as { progress: WorkoutProgress };
    const stateAfter = sessionState(reply).user as { progress: WorkoutProgress };
    // Only what was heard is added (the set, now done); the position itself does not move.
    const { movesDone: _heard, ...position } = stateAfter.progress;
    const { movesDone: _before, ...positionBefore } = stateBefore.progress;
    expect(position).toEqual(positionBefore);

    // Another user who never changed the pace hears the same next segment: timed cardio is on
    // the clock, whatever the pace.
    const other = skill.device("pace-mid-set-other");
    await other.intent("StartWorkoutIntent", {});
    await other.intent("ReadyIntent");
    const expected = await other.intent("ReadyIntent");
    const next = await device.intent("ReadyIntent");
    expect(said(next)).toMatch(/Jumping jacks, one minute, moderate pace\. Go!/);
    expect(said(next)).toBe(said(expected));
    expect(pauses(next)).toBeCloseTo(pauses(expected), 5);
  });

  it("twice goes two steps, each set slower than the last", async () => {
    const device = skill.device("pace-twice");
    await device.intent("StartWorkoutIntent", {});
    expect(said(await saySlower(device, 2))).toBe(`${SLOWER} Ready?`);
    expect(await storedPace("pace-twice")).toBe(1.4);
    const set = await device.intent("ReadyIntent");
    expect(pauses(set) - pauses(await standardFirstSet())).toBeCloseTo(12 * 2 * 0.4, 0);
  });

  it("at the slowest, says so and changes nothing", async () => {
    const device = skill.device("pace-slowest");
    await device.intent("StartWorkoutIntent", {});
    // Three steps: 1.2, 1.4, then the slowest, 1.6.
    await saySlower(device, 2);
    const reply = await device.intent("SlowerIntent");
    expect(said(reply)).toBe(`${SLOWER} Ready?`);
    expect(await storedPace("pace-slowest")).toBe(1.6);
    const bound = await device.intent("SlowerIntent");
    expect(said(bound)).toBe("This is already my slowest count, so I'll keep it here. Ready?");
    expect(await storedPace("pace-slowest")).toBe(1.6);
    // The question still stands: "ready" counts the first set, at the slowest pace.
    const set = await device.intent("ReadyIntent");
    expect(said(set)).toMatch(/^Go\. one/);
    expect(pauses(set) - pauses(await standardFirstSet())).toBeCloseTo(12 * 2 * 0.6, 0);
  });

  it("at the quickest, says so", async () => {
    const device = skill.device("pace-quickest");
    await device.intent("StartWorkoutIntent", {});
    expect(said(await device.intent("FasterIntent"))).toBe(`${FASTER} Ready?`);
    expect(said(await device.intent("FasterIntent"))).toMatch(
      /^This is already my quickest count: .*\. Ready\?$/,
    );
    expect(await storedPace("pace-quickest")).toBe(0.85);
  });

  it("'how much is left' follows the pace", async () => {
    const device = skill.device("pace-time-left");
    const start = await device.intent("StartWorkoutIntent", {});
    await saySlower(device, 4);
    const left = said(await device.intent("TimeLeftIntent"));
    // The session carries the run's tuning as text (turn/packed-fields.ts).
    const sent = (sessionState(start).user as { progress: { tuning?: unknown } }).progress;
    const progress = {
      ...sent,
      ...(typeof sent.tuning === "string" ? { tuning: JSON.parse(sent.tuning) } : {}),
    } as WorkoutProgress;
    const slowest = Math.round(remainingAfter(v, progress, 1.6).seconds / 60);
    const standard = Math.round(remainingAfter(v, progress).seconds / 60);
    expect(slowest).toBeGreaterThan(standard);
    expect(left).toContain(`You've got about ${v.duration(slowest * 60)} left`);
  });
});

describe("slower and faster outside a workout", () => {
  it("applies to the next workout, whose announced length follows", async () => {
    const device = skill.device("pace-outside");
    await device.launch();
    const reply = said(await device.intent("SlowerIntent"));
    expect(reply).toMatch(new RegExp(`^${SLOWER_NEXT} .*`));
    expect(reply).toMatch(
      new RegExp(`shall we start the back fat blaster, ${blasterLength(1.2)}\\?$`),
    );
    expect(blasterLength(1.2)).not.toBe(blasterLength(1));
    const intro = said(await device.intent("AMAZON.YesIntent"));
    expect(intro).toMatch(new RegExp(`^The back fat blaster, ${blasterLength(1.2)}:`));
  });

  it("is remembered in a later session", async () => {
    const device = skill.device("pace-remembered");
    await device.launch();
    await device.intent("FasterIntent");
    await device.end();
    const launch = said(await device.launch());
    expect(launch).toMatch(new RegExp(`${blasterLength(0.85)}\\?$`));
    expect(said(await device.intent("StartWorkoutIntent", {}))).toMatch(
      new RegExp(`^The back fat blaster, ${blasterLength(0.85)}:`),
    );
  });

  it("after the last set, keeps the tip offer open", async () => {
    const device = skill.device("pace-after-last");
    await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "pull ups", id: "pull-ups" },
    });
    await device.intent("SkipExerciseIntent");
    expect(said(await device.intent("SkipExerciseIntent"))).toMatch(/before you go\?$/);
    const reply = said(await device.intent("SlowerIntent"));
    expect(reply).toBe(`${SLOWER_NEXT} Would you like a diet tip?`);
    const tip = said(await device.intent("AMAZON.YesIntent"));
    expect(tip).not.toMatch(/Say start a back workout/);
    expect(tip).toMatch(/another tip\?$/);
  });

  it("with a paused workout, asks again whether to pick it up, which goes on at the new pace", async () => {
    const device = skill.device("pace-paused");
    await device.intent("StartWorkoutIntent", {});
    await device.intent("AMAZON.PauseIntent");
    const offer = said(await device.launch());
    const question = offer.match(/You were on .* Pick up there\?$/)?.[0];
    expect(question).toBeDefined();
    expect(said(await device.intent("SlowerIntent"))).toBe(`${SLOWER} ${question}`);
    // The introduction was heard to its end: the first set, counted at the new pace.
    const resumed = await device.intent("AMAZON.YesIntent");
    expect(said(resumed)).toMatch(/^Picking up where you left off\. Go\. one/);
    expect(pauses(resumed) - pauses(await standardFirstSet())).toBeCloseTo(12 * 2 * 0.2, 0);
  });
});

describe("a pace that is not one of ours", () => {
  const key = (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" });

  it.each([
    ["a string", "fast"],
    ["a factor no step has", 7],
  ])("in the stored record (%s) counts at the standard pace and heals", async (_, pace) => {
    const userId = `pace-damaged-${String(pace)}`;
    await skill.table.documents.send(
      new PutCommand({
        TableName: skill.table.tableName,
        Item: { ...key(userId), version: 1, schemaVersion: 1, disclaimerHeard: true, pace },
      }),
    );
    const device = skill.device(userId);
    expect(said(await device.launch())).toMatch(new RegExp(`${blasterLength(1)}\\?$`));
    expect(said(await device.intent("StartWorkoutIntent", {}))).toMatch(
      new RegExp(`^The back fat blaster, ${blasterLength(1)}:`),
    );
    expect(skill.logs).toContainEqual(
      expect.objectContaining({ message: "Stored user record repaired", problem: "pace" }),
    );
    const item = (
      await skill.table.documents.send(
        new GetCommand({ TableName: skill.table.tableName, Key: key(userId) }),
      )
    ).Item;
    expect(item).not.toHaveProperty("pace");
    // And "slower" steps from the standard pace.
    await device.intent("SlowerIntent");
    expect(await storedPace(userId)).toBe(1.2);
  });

  it("in forged session attributes is no state: the user's own pace is read again", async () => {
    const device = skill.device("pace-forged");
    await device.launch();
    const reply = await device.intent("SlowerIntent");
    const state = sessionState(reply);
    device.tamper({
      backCoach: { ...state, user: { ...(state.user as object), pace: 99 } },
    });
    const next = await device.intent("SlowerIntent");
    // Read from storage (1.2), one step slower: never 99, never a step from it.
    expect(said(next)).toMatch(new RegExp(`^${SLOWER_NEXT}`));
    expect(await storedPace("pace-forged")).toBe(1.4);
    expect(JSON.stringify(next.sessionAttributes)).not.toContain('"pace":99');
  });

  it("is deleted with the rest of the user's data", async () => {
    const device = skill.device("pace-deleted");
    await device.launch();
    await device.intent("SlowerIntent");
    expect(await storedPace("pace-deleted")).toBe(1.2);
    await device.intent("DeleteDataIntent");
    await device.intent("AMAZON.YesIntent");
    expect(await storedPace("pace-deleted")).toBeUndefined();
    expect(said(await device.launch())).toMatch(new RegExp(`${blasterLength(1)}\\?$`));
  });
});
