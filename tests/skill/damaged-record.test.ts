import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshState, STATE_KEY } from "../../lambda/turn/session-state";
import { said } from "../support/device";
import { itemOf } from "../support/local-table";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** A damaged record heals: written back clean once, never a save that loops or fails forever. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

/** The sort keys of the user's two items: the profile, and the workout position's own. */
const PROFILE = "PROFILE";
const POSITION = "PROFILE#POSITION";
const key = (userId: string, sk = PROFILE) => ({ pk: `USER#${userId}`, sk });
/** Puts a profile item as one was written before the position had an item of its own. */
const putRaw = (userId: string, item: Record<string, unknown>) =>
  skill.table.documents.send(
    new PutCommand({ TableName: skill.table.tableName, Item: { ...key(userId), ...item } }),
  );
const getRaw = (userId: string, sk = PROFILE) => itemOf(skill.table, userId, sk);

describe("a stored version no write can match", () => {
  it.each([
    ["a string", "7"],
    ["missing", undefined],
    ["negative", -3],
    ["a fraction", 1.5],
    ["a map", { n: 1 }],
  ])("%s: healed once, then every save lands at once", async (_, version) => {
    const userId = `bad-version-${String(_)}`;
    await putRaw(userId, {
      ...(version === undefined ? {} : { version }),
      schemaVersion: 1,
      disclaimerHeard: true,
    });
    const calls = skill.table.calls.length;
    const logsBefore = skill.logs.length;
    const device = skill.device(userId);
    await device.launch();
    await device.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await device.intent("ReadyIntent");
    expect(said(await device.intent("AMAZON.StopIntent"))).toMatch(/I'll remember where you were/);
    // One read, one heal, a write per change: no 150-call retry storm.
    expect(skill.table.calls.length - calls).toBeLessThan(12);
    expect(skill.logs.slice(logsBefore)).not.toContainEqual(
      expect.objectContaining({ message: "Could not save user" }),
    );
    const item = await getRaw(userId);
    expect(item?.version).toEqual(expect.any(Number));
    expect(Number(item?.version)).toBeGreaterThanOrEqual(2);
    // The position moved out of the profile item into its own, stored as its JSON text
    // (lambda/store/item-codec.ts).
    expect(item).not.toHaveProperty("progress");
    const position = await getRaw(userId, POSITION);
    expect(position?.version).toEqual(expect.any(Number));
    expect(Number(position?.version)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(String(position?.progress))).toMatchObject({
      workoutId: "home-calisthenics",
      status: "paused",
    });
  });
});

describe("a record that parsed with repairs the user would not notice", () => {
  it("is written back clean on the first turn, without a word about it", async () => {
    await putRaw("bad-variety", {
      version: 3,
      schemaVersion: 1,
      disclaimerHeard: true,
      variety: { praise: "lots", nonsense: 4 },
    });
    const reply = said(await skill.device("bad-variety").launch());
    expect(reply).toMatch(/^Welcome back to Back Coach\./);
    // Both items put whole: the profile without the position, the position in its own item.
    const item = await getRaw("bad-variety");
    expect(item?.version).toBe(4);
    expect(item).not.toHaveProperty("variety");
    const position = await getRaw("bad-variety", POSITION);
    expect(position?.version).toBe(1);
    expect(position?.variety).toBe("{}");
  });
});

describe("a damaged record the user has not been told of yet", () => {
  it("is still written whole when a silent turn changes something", async () => {
    // A session that read the record while it was damaged and has said nothing since, then
    // changes something on a turn with nothing to say (a session's end holding a position).
    // Set up from a session of this device's own, then the item damaged under it.
    const device = skill.device("untold-change");
    await putRaw("untold-change", { version: 2, schemaVersion: 1, disclaimerHeard: true });
    await device.intent("AMAZON.HelpIntent");
    await putRaw("untold-change", {
      version: 2,
      schemaVersion: 1,
      disclaimerHeard: true,
      progress: { workoutId: "retired-workout", segmentIndex: 1, status: "paused" },
      streak: 9,
    });
    const read = await skill.store.load("untold-change");
    expect(read).toMatchObject({ version: 2, repaired: ["progress"], damaged: true });
    // Its state as it would hold it: what was lost not yet said, the kit just told.
    device.tamper({ [STATE_KEY]: freshState(read, { ...read.record, equipment: "band" }) });
    await device.end();
    // Put whole and clean: the damaged position and the stray attribute are gone.
    const item = await getRaw("untold-change");
    expect(item).toMatchObject({ version: 3, equipment: "band" });
    expect(item).not.toHaveProperty("progress");
    expect(item).not.toHaveProperty("streak");
    // The position's first item of its own: without the damaged position either.
    const position = await getRaw("untold-change", POSITION);
    expect(position).toMatchObject({ version: 1 });
    expect(position).not.toHaveProperty("progress");
    expect(position).not.toHaveProperty("streak");
    expect(await skill.store.load("untold-change")).toEqual({
      record: { ...read.record, equipment: "band" },
      version: 3,
      positionVersion: 1,
    });
  });
});
