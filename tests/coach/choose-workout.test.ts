import { describe, expect, it } from "vitest";
import { chooseWorkout } from "../../lambda/coach";

const pick = (request: Parameters<typeof chooseWorkout>[0]) => chooseWorkout(request).workout.id;

describe("chooseWorkout", () => {
  it("starts the back fat blaster when nothing else is said", () => {
    expect(chooseWorkout({})).toMatchObject({ workout: { id: "back-fat-blaster" }, relaxed: [] });
  });

  it.each([
    ["blaster", "back-fat-blaster"],
    ["pull-ups", "pull-ups-beginner"],
    ["rowing", "rowing"],
    ["hiit", "hiit"],
    ["home", "home-calisthenics"],
    ["dumbbell", "back-fat-blaster"],
    ["gym", "gym-machines"],
    ["run", "run-walk-intervals"],
    ["toning", "toning-eight"],
  ] as const)("finds a %s workout", (kind, id) => {
    expect(pick({ kind })).toBe(id);
  });

  it("picks by length: a 30-minute blaster", () => {
    expect(pick({ kind: "blaster", minutes: 30 })).toBe("back-fat-blaster-30");
    expect(pick({ minutes: 15 })).toBe("back-fat-blaster");
  });

  it("respects the only kit the user has", () => {
    expect(pick({ equipment: "band" })).toBe("home-band");
    expect(pick({ kind: "home", equipment: "band" })).toBe("home-band");
    expect(pick({ equipment: "dumbbells" })).toBe("back-fat-blaster");
    expect(pick({ equipment: "none" })).toBe("home-calisthenics");
    expect(pick({ equipment: "exercise-ball" })).toBe("home-calisthenics");
    expect(pick({ equipment: "pull-up-bar", kind: "pull-ups" })).toBe("pull-ups-advanced");
  });

  it("picks the pull-up progression for the user's level", () => {
    expect(pick({ kind: "pull-ups", level: "intermediate" })).toBe("pull-ups-intermediate");
    expect(pick({ kind: "pull-ups", level: "advanced" })).toBe("pull-ups-advanced");
  });

  it("lets go of the softest wish first and says which", () => {
    expect(chooseWorkout({ kind: "rowing", level: "advanced" })).toMatchObject({
      workout: { id: "rowing" },
      relaxed: ["level"],
    });
    expect(chooseWorkout({ kind: "rowing", equipment: "none" })).toMatchObject({
      workout: { id: "home-calisthenics" },
      relaxed: ["kind"],
    });
  });
});
