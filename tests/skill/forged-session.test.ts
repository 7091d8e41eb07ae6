import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "../../lambda/coach";
import { MAX_UNSAVED_WORKOUTS } from "../../lambda/turn/limits";
import { parseSessionState } from "../../lambda/turn/parse-session-state";

import { said, type TestDevice } from "../support/device";
import { itemsOf as itemsOfUser } from "../support/local-table";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Session attributes come back from the client on every request, so anyone who can reach the
 * skill can forge them. Each case here was a real hole: the forged session must change nothing
 * outside the user's own record, say nothing it was handed, and cost bounded time and memory.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const itemsOf = (userId: string) => itemsOfUser(skill.table, userId);

/** The state the skill itself sent back last, to forge from. */
function lastState(response: ResponseEnvelope): Record<string, unknown> {
  const state = response.sessionAttributes?.backCoach;
  expect(state, "the skill keeps its state under backCoach").toBeTypeOf("object");
  return state as Record<string, unknown>;
}

/** A device in the middle of the blaster, and the state it was last sent. */
async function midWorkout(
  userId: string,
): Promise<{ device: TestDevice; state: Record<string, unknown> }> {
  const device = skill.device(userId);
  await device.launch();
  await device.intent("StartWorkoutIntent", {});
  const response = await device.intent("ReadyIntent");
  return { device, state: lastState(response) };
}

const entry = (endedAt: string, extra: Record<string, unknown> = {}) => ({
  workoutId: "back-fat-blaster",
  endedAt,
  completed: true,
  minutes: 16,
  moves: 10,
  totalMoves: 10,
  ...extra,
});

describe("a forged session", () => {
  it("cannot write into another user's partition, nor over anyone's profile", async () => {
    const victim = skill.device("victim");
    await victim.launch();
    await victim.intent("StartWorkoutIntent", { workoutKind: { value: "rowing", id: "rowing" } });
    await victim.intent("AMAZON.StopIntent");
    const before = await itemsOf("victim");
    expect(before.length).toBeGreaterThan(0);

    const { device, state } = await midWorkout("forger");
    const endedAt = "2026-11-22T09:00:20.000Z";
    device.tamper({
      backCoach: {
        ...state,
        unsavedLog: [
          // The old shape: an entry carrying its own keys.
          { requestId: "r", entry: { ...entry(endedAt), pk: "USER#victim", sk: "PROFILE" } },
          // Our shape, with keys smuggled into the entry.
          { id: "0123456789abcdef", entry: entry(endedAt, { pk: "USER#victim", sk: "PROFILE" }) },
          { id: "fedcba9876543210", pk: "USER#victim", sk: "PROFILE", entry: entry(endedAt) },
        ],
      },
    });
    await device.intent("ReadyIntent");
    await device.intent("AMAZON.StopIntent");

    expect(await itemsOf("victim")).toEqual(before);
    const own = await itemsOf("forger");
    const profile = own.find((item) => item.sk === "PROFILE");
    expect(profile).toMatchObject({ schemaVersion: 1 });
    expect(profile).not.toHaveProperty("workoutId");
    // The workout position has an item of its own: nothing smuggled lands there either.
    const position = own.find((item) => item.sk === "PROFILE#POSITION");
    expect(position).toMatchObject({ progress: expect.any(String) });
    expect(position).not.toHaveProperty("workoutId");
    for (const item of own) {
      expect(item.pk).toBe("USER#forger");
      expect(String(item.sk)).toMatch(
        /^(PROFILE|PROFILE#POSITION|WORKOUT#\d{4}-\d\d-\d\dT[\d:.]+Z#[0-9a-f]{16})$/,
      );
    }
  });

  it("makes one turn write a bounded number of items, however many entries it carries", async () => {
    const forged = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: i.toString(16).padStart(16, "0"),
        entry: entry(new Date(Date.parse("2026-11-22T08:00:00Z") + i * 1000).toISOString()),
      }));
    // Workouts are put, the user's record put or updated: every write counts.
    const writesFor = async (userId: string, count: number) => {
      const { device, state } = await midWorkout(userId);
      device.tamper({ backCoach: { ...state, unsavedLog: forged(count) } });
      const before = skill.table.calls.length;
      await device.intent("ReadyIntent");
      return skill.table.calls
        .slice(before)
        .filter((call) => call === "PutItemCommand" || call === "UpdateItemCommand");
    };
    const workoutsOf = async (userId: string) =>
      (await itemsOf(userId)).filter((item) => String(item.sk).startsWith("WORKOUT#"));

    // Within the bounds a list may have: the newest MAX_UNSAVED_WORKOUTS, and the user's record.
    expect(await writesFor("flooder-30", 30)).toHaveLength(MAX_UNSAVED_WORKOUTS + 1);
    expect(await workoutsOf("flooder-30")).toHaveLength(MAX_UNSAVED_WORKOUTS);
    // 1,000 is no state Back Coach could have sent: read as none, the user is read again.
    expect(await writesFor("flooder-1000", 1000)).toHaveLength(1);
    expect(await workoutsOf("flooder-1000")).toHaveLength(0);
  });

  it("keeps saving when a request id is 2,000 bytes long", async () => {
    const { device } = await midWorkout("long-request-id");
    const huge = "x".repeat(2000);
    await device.send({
      type: "IntentRequest",
      requestId: huge,
      intent: { name: "ReadyIntent", confirmationStatus: "NONE", slots: {} },
    });
    for (let i = 0; i < 3; i++) await device.intent("ReadyIntent");
    const stop = await device.send({
      type: "IntentRequest",
      requestId: huge,
      intent: { name: "AMAZON.StopIntent", confirmationStatus: "NONE", slots: {} },
    });
    expect(said(stop)).not.toMatch(/couldn't save/);
    const items = await itemsOf("long-request-id");
    // The position is stored in its own item, as its JSON text (lambda/store/item-codec.ts).
    const profile = items.find((item) => item.sk === "PROFILE");
    expect(profile).toMatchObject({ schemaVersion: 1 });
    expect(profile).not.toHaveProperty("progress");
    const progress = items.find((item) => item.sk === "PROFILE#POSITION")?.progress;
    expect(typeof progress).toBe("string");
    expect(JSON.parse(String(progress))).toMatchObject({
      workoutId: "back-fat-blaster",
      status: "paused",
    });
    expect(items.some((item) => String(item.sk).startsWith("WORKOUT#"))).toBe(true);
    for (const item of items) expect(String(item.sk).length).toBeLessThan(100);
  });

  it("never replays speech it was handed: repeat re-renders from the state", async () => {
    const device = skill.device("audio-injector");
    await device.launch();
    const tip = await device.intent("DietTipIntent", {
      tipTopic: { value: "protein", id: "protein" },
    });
    const evil = '<speak><audio src="https://evil.example/x.mp3"/></speak>';
    device.tamper({
      backCoach: { ...lastState(tip), lastSpeech: { ssml: evil, reprompt: evil } },
      lastSpeech: { ssml: evil, reprompt: evil },
    });
    const again = await device.intent("AMAZON.RepeatIntent");
    const speech = again.response.outputSpeech;
    expect(speech?.type === "SSML" ? speech.ssml : "").not.toMatch(/audio|evil/);
    // The same tip again, not the next one.
    expect(said(again)).toBe(said(tip));
  });

  it("is never echoed: unknown keys are dropped from what goes back", async () => {
    const device = skill.device("echo");
    const launch = await device.launch();
    device.tamper({
      backCoach: { ...lastState(launch), extra: "x".repeat(100), user: lastState(launch).user },
      somebodyElse: { token: "secret" },
    });
    const reply = await device.intent("AMAZON.HelpIntent");
    expect(Object.keys(reply.sessionAttributes ?? {})).toEqual(["backCoach"]);
    expect(lastState(reply)).not.toHaveProperty("extra");
    expect(JSON.stringify(reply)).not.toContain("secret");
  });

  it("is read again from storage when a position detail is of the wrong type", async () => {
    const { device, state } = await midWorkout("null-moves");
    const user = state.user as Record<string, unknown>;
    const progress = user.progress as Record<string, unknown>;
    device.tamper({
      backCoach: { ...state, user: { ...user, progress: { ...progress, movesDone: null } } },
    });
    // Not an error: the user is read again, and "what's next" answers from where they are.
    const next = said(await device.intent("WhatsNextIntent"));
    expect(next).not.toMatch(/sorry|problem|went wrong/i);
    expect(next).toMatch(/next/i);
  });

  it("answers and serialises normally when an attribute nests 20,000 levels deep", async () => {
    const device = skill.device("deep");
    const launch = await device.launch();
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 20_000; i++) deep = { deeper: deep };
    device.tamper({ backCoach: { ...lastState(launch), deep, stretch: deep }, deep });
    const reply = await device.intent("AMAZON.HelpIntent");
    expect(said(reply)).toMatch(/What would you like to do\?$/);
    expect(() => JSON.stringify(reply)).not.toThrow();
    expect(JSON.stringify(reply).length).toBeLessThan(24 * 1024);
  });

  it("keeps memory flat over 20,000 forged spellings of a time zone", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const base = {
      user: { schemaVersion: 1 },
      stored: { version: 1, record: { schemaVersion: 1 } },
    };
    const variant = (i: number) =>
      [..."europe/berlin"].map((ch, j) => ((i >> j) & 1 ? ch.toUpperCase() : ch)).join("");
    // Warm up the formatters a real user needs, then measure the forged ones.
    parseSessionState({ ...base, timeZone: "Europe/Berlin" }, "2026-11-22T09:00:00.000Z");
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20_000; i++) {
      const state = parseSessionState(
        { ...base, timeZone: `${variant(i)}${i % 2 ? "" : " "}`.trim() },
        "2026-11-22T09:00:00.000Z",
      );
      expect(state?.timeZone).toBe("Europe/Berlin");
      localDate("2026-11-22T09:00:00.000Z", variant(i));
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    expect(grownMb).toBeLessThan(5);
  });
});

describe("every request Alexa can send", () => {
  it.each([
    "AlexaSkillEvent.SkillEnabled",
    "AlexaSkillEvent.SkillDisabled",
    "AlexaSkillEvent.SkillPermissionAccepted",
    "AlexaSkillEvent.SkillPermissionChanged",
    "AlexaSkillEvent.SkillAccountLinked",
    "AlexaSkillEvent.ProactiveSubscriptionChanged",
    "Reminders.ReminderCreated",
    "Reminders.ReminderUpdated",
    "Reminders.ReminderDeleted",
    "Reminders.ReminderStarted",
    "Reminders.ReminderStatusChanged",
    "Messaging.MessageReceived",
    "System.ExceptionEncountered",
    "Some.FutureEvent",
  ])("%s, outside a session: a clean answer with nothing said", async (type) => {
    const reply = await skill.device(`event-${type}`).event(type);
    expect(reply.version).toBe("1.0");
    expect(reply.response.outputSpeech).toBeUndefined();
  });

  it.each([
    "Connections.Response",
    "Alexa.Presentation.APL.UserEvent",
    "Display.ElementSelected",
    "Some.FutureRequest",
  ])("%s, in a session: an answer that says where the user is", async (type) => {
    const device = skill.device(`in-session-${type}`);
    await device.launch();
    const reply = await device.send({ type });
    expect(said(reply)).toMatch(/\?$/);
    expect(reply.response.shouldEndSession).toBe(false);
  });

  it("CanFulfillIntentRequest: yes for an intent it has, no for one it lacks, without a word", async () => {
    const device = skill.device("can-fulfill");
    const ask = (name: string) =>
      skill.skill.invoke({
        version: "1.0",
        session: {
          new: true,
          sessionId: `cfir-${name}`,
          application: { applicationId: "amzn1.ask.skill.test-back-coach" },
          attributes: {},
          user: { userId: device.userId },
        },
        context: {
          System: {
            application: { applicationId: "amzn1.ask.skill.test-back-coach" },
            user: { userId: device.userId },
          },
        },
        request: {
          type: "CanFulfillIntentRequest",
          requestId: "cfir",
          timestamp: "2026-11-22T09:00:00Z",
          locale: "en-US",
          intent: { name, slots: { workoutKind: { name: "workoutKind", value: "rowing" } } },
        },
      } as never);
    const yes = await ask("StartWorkoutIntent");
    expect(yes.response.outputSpeech).toBeUndefined();
    expect(yes.response.canFulfillIntent).toEqual({
      canFulfill: "YES",
      slots: { workoutKind: { canUnderstand: "MAYBE", canFulfill: "YES" } },
    });
    const no = await ask("PlayMusicIntent");
    expect(no.response.canFulfillIntent?.canFulfill).toBe("NO");
    expect(await itemsOf(device.userId)).toEqual([]);
  });

  it.each([null, undefined, 42, "launch", [], true])(
    "a %j event: a short spoken answer",
    async (event) => {
      const reply = await skill.skill.invoke(event as never);
      expect(reply.version).toBe("1.0");
      expect(said(reply)).toMatch(/^Sorry, I didn't catch that\./);
      expect(reply.response.shouldEndSession).toBe(false);
    },
  );
});
