import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TIP_TOPICS } from "../../lambda/coach";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Several devices of one user, each with its own session, writing the same record: every change
 * any of them makes is kept (merged leaf by leaf), none silently reverts another's.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const FEMALE = { sex: { value: "female", id: "female" } };
const MODERATE = { activity: { value: "moderately active", id: "moderate" } };

describe("two devices of one user, no race needed", () => {
  it("keeps the weight one set while the other, reading the old one, sets the age", async () => {
    const setup = skill.device("weight-and-age");
    await setup.intent("UpdateProfileIntent", { weightKilos: "90" });
    await setup.intent("AMAZON.StopIntent");

    const kitchen = skill.device("weight-and-age");
    await kitchen.launch(); // reads weight 90
    const bedroom = skill.device("weight-and-age");
    await bedroom.launch();
    await bedroom.intent("UpdateProfileIntent", { weightKilos: "72" });
    await bedroom.intent("AMAZON.StopIntent");
    await kitchen.intent("UpdateProfileIntent", { age: "41" });
    await kitchen.intent("AMAZON.StopIntent");

    const { record } = await skill.store.load("weight-and-age");
    expect(record.profile).toEqual({ ageYears: 41, weightKg: 72 });
  });
});

describe("many devices of one user at once", () => {
  it("keeps every profile answer when 50 sessions each answer one question", async () => {
    const answers = [FEMALE, { age: "35" }, { heightCm: "165" }, { weightKilos: "70" }, MODERATE];
    const devices = Array.from({ length: 50 }, () => skill.device("fifty-answers"));
    await Promise.all(devices.map((d) => d.launch()));
    await Promise.all(
      devices.map((d, i) => d.intent("UpdateProfileIntent", answers[i % answers.length] ?? {})),
    );
    await Promise.all(devices.map((d) => d.intent("AMAZON.StopIntent")));
    const { record } = await skill.store.load("fifty-answers");
    expect(record.profile).toEqual({
      sex: "female",
      ageYears: 35,
      heightCm: 165,
      weightKg: 70,
      activity: "moderate",
    });
  });

  it("keeps every topic's tips when 50 sessions hear tips on seven topics", async () => {
    const devices = Array.from({ length: 50 }, () => skill.device("fifty-tips"));
    await Promise.all(devices.map((d) => d.launch()));
    await Promise.all(
      devices.map((d, i) => {
        const topic = TIP_TOPICS[i % TIP_TOPICS.length] ?? "protein";
        return d.intent("DietTipIntent", { tipTopic: { value: topic, id: topic } });
      }),
    );
    // Each session read the record before any tip was stored, so each save meets a newer
    // record than it read and must merge it; they end one after another, as people put down
    // their devices (50 saving at the same instant is the load test's job).
    for (const d of devices) await d.intent("AMAZON.StopIntent");
    const { record } = await skill.store.load("fifty-tips");
    for (const topic of TIP_TOPICS) expect(record.tips.heard[topic], topic).toEqual([`${topic}-1`]);
  });
});

describe("two overlapping sessions with interleaved turns", () => {
  it("loses nothing either did: the workout, the tips, the weight", async () => {
    const gym = skill.device("interleaved");
    const phone = skill.device("interleaved");
    await gym.launch();
    await phone.launch();
    await gym.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await phone.intent("DietTipIntent", { tipTopic: { value: "drinks", id: "drinks" } });
    await gym.intent("ReadyIntent");
    await phone.intent("UpdateProfileIntent", { weightKilos: "80" });
    await gym.intent("ReadyIntent");
    await phone.intent("DietTipIntent", { tipTopic: { value: "hunger", id: "hunger" } });
    expect(said(await gym.intent("AMAZON.StopIntent"))).toMatch(/I'll remember where you were/);
    await phone.intent("AMAZON.StopIntent");

    const { record } = await skill.store.load("interleaved");
    // Two segments heard after the introduction: the third is where to pick up.
    expect(record.progress).toMatchObject({
      workoutId: "home-calisthenics",
      segmentIndex: 3,
      status: "paused",
    });
    expect(record.tips.heard).toEqual({ drinks: ["drinks-1"], hunger: ["hunger-1"] });
    expect(record.profile).toEqual({ weightKg: 80 });
    expect(record.disclaimerHeard).toBe(true);
  });

  it("keeps the later position when both devices move the workout", async () => {
    const first = skill.device("two-positions");
    const second = skill.device("two-positions");
    await first.intent("StartWorkoutIntent", { workoutKind: { value: "home", id: "home" } });
    await second.launch();
    await second.intent("AMAZON.YesIntent"); // resumes the home workout where first left it
    await first.intent("ReadyIntent");
    await second.intent("ReadyIntent");
    await second.intent("ReadyIntent");
    // The first device's stale session stops last, but its position is older: the later stays.
    await second.intent("AMAZON.StopIntent");
    await first.intent("AMAZON.StopIntent");
    const { record } = await skill.store.load("two-positions");
    // The second device heard segment two to its end, later than the first moved: three.
    expect(record.progress).toMatchObject({ workoutId: "home-calisthenics", segmentIndex: 3 });
  });
});
