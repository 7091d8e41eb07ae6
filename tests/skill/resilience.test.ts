import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lambda/logger";
import { buildSkill } from "../../lambda/skill";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { said, TEST_SKILL_ID, TestDevice } from "../support/device";
import { ensureLocalTable, type LocalDynamo, startLocalDynamo } from "../support/store-backend";
import { startTestSkill, type TestSkill } from "../support/test-skill";

describe("bad and unexpected requests", () => {
  let skill: TestSkill;
  beforeAll(async () => {
    skill = await startTestSkill();
  });
  afterAll(() => skill.close());

  it("answers an intent the skill does not know with help, keeping the session", async () => {
    const device = skill.device("odd-intent");
    await device.launch();
    const reply = await device.intent("AMAZON.ShuffleOnIntent");
    expect(said(reply)).toMatch(/^Sorry, I didn't catch that\./);
    expect(reply.response.shouldEndSession).toBe(false);
  });

  it("answers Alexa's fallback mid-workout without losing the place", async () => {
    const device = skill.device("mumbler");
    await device.intent("StartWorkoutIntent", {});
    // A few words for where the user is, then the workout's own question, still open.
    expect(said(await device.intent("AMAZON.FallbackIntent"))).toBe(
      "Sorry, I missed that. Say ready to go on, or how do I do this. Ready?",
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Go\. one/);
  });

  it("answers a request type it never asked for", async () => {
    const device = skill.device("display-touch");
    const reply = await device.send({ type: "Display.ElementSelected", token: "x" });
    expect(said(reply)).toMatch(/^Sorry, I didn't catch that\./);
  });

  it("answers a malformed request without a user or intent name", async () => {
    const device = skill.device("");
    const reply = await device.send({ type: "IntentRequest", intent: {} });
    expect(said(reply)).toMatch(/^Sorry/);
  });

  it("logs a session that ended with an error", async () => {
    const device = skill.device("errored");
    await device.launch();
    await device.end("ERROR");
    expect(skill.logs).toContainEqual(
      expect.objectContaining({
        level: "warn",
        message: "Session ended with an error",
        errorType: "INVALID_RESPONSE",
      }),
    );
  });

  it("rejects a request for another skill", async () => {
    const device = new TestDevice(
      buildSkill({
        store: skill.store,
        logger: createLogger("error", () => {}),
        skillId: TEST_SKILL_ID,
      }),
      "intruder",
      "amzn1.ask.skill.someone-else",
    );
    await expect(device.launch()).rejects.toThrow(/skill ID/i);
  });

  it("ignores tampered session attributes and reads the user again", async () => {
    const device = skill.device("tamperer");
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "HIIT", id: "hiit" } });
    device.tamper({ backCoach: { user: "<speak>", stored: { version: "x" }, pending: 42 } });
    const reply = await device.intent("AMAZON.HelpIntent");
    expect(said(reply)).toMatch(/^You're on jogging in place, in HIIT at home\./);
  });
});

describe("two devices of one user", () => {
  let skill: TestSkill;
  beforeAll(async () => {
    skill = await startTestSkill();
  });
  afterAll(() => skill.close());

  it("loses neither device's update when both write at once", async () => {
    const kitchen = skill.device("two-devices");
    const bedroom = skill.device("two-devices");
    // Both sessions read the same (new) user.
    await kitchen.launch();
    await bedroom.launch();
    // At the same moment: the kitchen starts a workout, the bedroom hears a diet tip.
    await Promise.all([
      kitchen.intent("StartWorkoutIntent", { workoutKind: { value: "rowing", id: "rowing" } }),
      bedroom.intent("DietTipIntent", { tipTopic: { value: "protein", id: "protein" } }),
    ]);
    // And both sessions end at the same moment.
    await Promise.all([kitchen.intent("AMAZON.StopIntent"), bedroom.intent("AMAZON.StopIntent")]);
    const stored = await skill.store.load("two-devices");
    // The introduction was heard to its end: the rowing warm-up is where to pick up.
    expect(stored.record.progress).toMatchObject({
      workoutId: "rowing",
      segmentIndex: 1,
      status: "paused",
    });
    expect(stored.record.tips.heard.protein).toEqual(["protein-1"]);
    expect(stored.record.disclaimerHeard).toBe(true);
  });
});

describe("storage failing mid-workout", () => {
  let dir: string;
  let dynamo: LocalDynamo;
  let port: number;
  let device: TestDevice;
  let store: DynamoUserStore;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "back-coach-outage-"));
    dynamo = await startLocalDynamo({ path: dir });
    port = Number(new URL(dynamo.endpoint).port);
    await ensureLocalTable(new DynamoDBClient({ endpoint: dynamo.endpoint }), "outage");
    store = new DynamoUserStore(
      createStoreClient({ endpoint: dynamo.endpoint }),
      "outage",
      createLogger("error", () => {}),
    );
    const logger = createLogger("debug", (line) =>
      logs.push(JSON.parse(line) as Record<string, unknown>),
    );
    device = new TestDevice(buildSkill({ store, logger, skillId: TEST_SKILL_ID }), "unlucky");
  });
  afterAll(async () => {
    await dynamo.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("carries on from session state, says so once, and catches up when storage returns", async () => {
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await device.intent("ReadyIntent");
    expect((await store.load("unlucky")).record.progress?.segmentIndex).toBe(1);

    await dynamo.close();
    const first = said(await device.intent("ReadyIntent"));
    expect(first).toMatch(
      /^Just so you know, I couldn't save your progress right now, but we'll keep going\. Set two of three\./,
    );
    const second = said(await device.intent("ReadyIntent"));
    expect(second).toMatch(/^Set three of three\./);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: "error", message: "Could not save user" }),
    );

    dynamo = await startLocalDynamo({ path: dir, port });
    // What was stored before the outage is still there...
    expect((await store.load("unlucky")).record.progress?.segmentIndex).toBe(1);
    // ...and the next turn writes everything the outage held back.
    expect(said(await device.intent("ReadyIntent"))).toMatch(/bridges/);
    expect((await store.load("unlucky")).record.progress?.segmentIndex).toBe(4);
  });
});

describe("a stored record that cannot be read as it is", () => {
  let skill: TestSkill;
  beforeAll(async () => {
    skill = await startTestSkill();
  });
  afterAll(() => skill.close());

  const putRaw = (userId: string, item: Record<string, unknown>) =>
    skill.table.documents.send(
      new PutCommand({
        TableName: skill.table.tableName,
        Item: { pk: `USER#${userId}`, sk: "PROFILE", ...item },
      }),
    );

  it("says once what was lost, keeps the rest, and stores the record clean", async () => {
    await putRaw("damaged", {
      version: 4,
      schemaVersion: 1,
      disclaimerHeard: true,
      // A workout the catalog no longer has, an impossible age, and rotation state gone bad.
      progress: { workoutId: "retired-workout", segmentIndex: 3, status: "paused" },
      profile: { sex: "female", ageYears: 500, heightCm: 165 },
      variety: [1, 2, 3],
    });
    const device = skill.device("damaged");
    const first = said(await device.launch());
    expect(first).toMatch(
      /^I couldn't read where you stopped last time, so that workout starts fresh\. I couldn't read all of your details for the calorie target, so I may ask for some again\. Welcome back to Back Coach\./,
    );
    // Cleaned once, on that first turn: what could be read is kept, the rest is gone.
    const stored = await skill.store.load("damaged");
    expect(stored).toEqual({
      version: 5,
      // Written whole: the position's first item of its own.
      positionVersion: 1,
      record: expect.objectContaining({
        disclaimerHeard: true,
        profile: { sex: "female", heightCm: 165 },
      }),
    });
    expect(stored.record.progress).toBeUndefined();
    // Said once: not again in this session, nor in the next.
    expect(said(await device.intent("AMAZON.HelpIntent"))).not.toMatch(/couldn't read/);
    await device.intent("AMAZON.StopIntent");
    expect(said(await skill.device("damaged").launch())).toMatch(/^Welcome back to Back Coach\./);
  });

  it("reads damaged text in a field as a damaged field: told the same way, stored clean", async () => {
    // Object fields are stored as JSON text (lambda/store/item-codec.ts): text cut off, a
    // profile with an impossible age, text that is not JSON, text far over the cap.
    await putRaw("garbled-text", {
      version: 4,
      schemaVersion: 1,
      disclaimerHeard: true,
      progress: '{"workoutId":"hiit","segmentIndex":2,"sta',
      profile: JSON.stringify({ sex: "female", ageYears: 500, heightCm: 165 }),
      variety: "not json",
      tips: "x".repeat(70_000),
    });
    const device = skill.device("garbled-text");
    expect(said(await device.launch())).toMatch(
      /^I couldn't read where you stopped last time, so that workout starts fresh\. I couldn't read all of your details for the calorie target, so I may ask for some again\. Welcome back to Back Coach\./,
    );
    expect(skill.logs).toContainEqual(
      expect.objectContaining({
        message: "Stored user record repaired",
        problem: expect.stringMatching(
          /^progress text is not JSON; variety text is not JSON; tips text over 65536 characters;/,
        ),
      }),
    );
    // Written back once, clean: it reads without a repair, what could be read kept.
    expect(await skill.store.load("garbled-text")).toEqual({
      version: 5,
      positionVersion: 1,
      record: expect.objectContaining({
        disclaimerHeard: true,
        profile: { sex: "female", heightCm: 165 },
        variety: {},
        tips: { heard: {} },
      }),
    });
    expect((await skill.store.load("garbled-text")).record.progress).toBeUndefined();
  });

  it("keeps the damaged record until the user can be told, even if a session ends unheard", async () => {
    await putRaw("unheard", {
      version: 2,
      schemaVersion: 1,
      disclaimerHeard: true,
      progress: { workoutId: "retired-workout", segmentIndex: 1, status: "paused" },
    });
    // A session whose only request says nothing: no chance to explain, so nothing is rewritten.
    await skill.device("unheard").end();
    expect((await skill.store.load("unheard")).version).toBe(2);
    expect(said(await skill.device("unheard").launch())).toMatch(
      /^I couldn't read where you stopped last time, so that workout starts fresh\. Welcome back/,
    );
    expect((await skill.store.load("unheard")).version).toBe(3);
  });

  it("reads an older schema's record without a word about it, and carries on", async () => {
    const paused = { workoutId: "hiit", segmentIndex: 2, status: "paused" };
    await putRaw("old-timer", {
      version: 2,
      schemaVersion: 0,
      disclaimerHeard: true,
      progress: paused,
    });
    const first = said(await skill.device("old-timer").launch());
    expect(first).toMatch(
      /^Welcome back to Back Coach\. You were on .*HIIT at home\. Pick up there\?$/,
    );
  });
});
