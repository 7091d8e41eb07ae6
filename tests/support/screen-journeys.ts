import type { ResponseEnvelope } from "ask-sdk-model";
import { type ScreenDevice, said, type TestDevice } from "./device";
import type { TestSkill } from "./test-skill";

/**
 * Real skill responses that carry each kind of screen, from the requests a user makes: shared
 * by the skill-side checks and the browser tests, so both look at what a device receives.
 */
export type Journey = (device: TestDevice) => Promise<ResponseEnvelope>;

const PROFILE = {
  sex: { value: "female", id: "female" },
  age: "40",
  heightFeet: "5",
  heightInches: "6",
  weightPounds: "180",
  activity: { value: "moderately active", id: "moderate" },
};

/** The eight-move toning routine, every move done: the response with its closing line. */
async function finishToning(d: TestDevice): Promise<ResponseEnvelope> {
  await d.intent("StartWorkoutIntent", { workoutKind: { value: "toning", id: "toning" } });
  for (let i = 0; i < 60; i++) {
    const r = await d.intent("ReadyIntent");
    // The closing line ends with the tip offer; a Dot has no screen to tell it by.
    if (said(r).endsWith("Would you like a diet tip before you go?")) return r;
  }
  throw new Error("the workout did not finish");
}

export const JOURNEYS: Readonly<Record<string, Journey>> = {
  launch: (d) => d.launch(),
  "how to": async (d) => {
    await d.intent("StartWorkoutIntent", {});
    return d.intent("HowToIntent");
  },
  "calorie target": async (d) => {
    await d.intent("UpdateProfileIntent", PROFILE);
    return d.intent("CalorieTargetIntent");
  },
  week: async (d) => {
    await d.intent("StartWorkoutIntent", {});
    for (let i = 0; i < 4; i++) await d.intent("ReadyIntent");
    return d.intent("WeeklyProgressIntent");
  },
  // An answer with no screen of its own, and a long one: what was said, as text.
  "what I store": (d) => d.intent("StoredDataIntent"),
  "diet tip": (d) => d.intent("DietTipIntent", { tipTopic: { value: "protein", id: "protein" } }),
  finish: (d) => finishToning(d),
  // Back later the same day: today's plan says rest, and so does the launch screen.
  "rest day": async (d) => {
    await finishToning(d);
    d.wait(3 * 3600);
    return d.launch();
  },
};

/** A device of this screen for a new user, with the journey's response. */
export async function journeyOn(
  skill: TestSkill,
  name: string,
  screen: ScreenDevice | undefined,
  user: string,
): Promise<ResponseEnvelope> {
  const journey = JOURNEYS[name];
  if (!journey) throw new Error(`no journey ${name}`);
  const device = skill.device(user);
  device.screen = screen;
  return journey(device);
}
