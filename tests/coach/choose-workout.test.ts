import { describe, expect, it } from "vitest";
import {
  chooseWorkout,
  dependsOnKit,
  kitEquipment,
  statedMinutes,
  WORKOUTS,
} from "../../lambda/coach";

const pick = (request: Parameters<typeof chooseWorkout>[0]) => chooseWorkout(request).workout.id;
/** The whole plan: the workout, then what follows it. */
const plan = (request: Parameters<typeof chooseWorkout>[0]) => {
  const choice = chooseWorkout(request);
  return [choice.workout, ...choice.after].map((w) => w.id).join(" + ");
};

describe("chooseWorkout", () => {
  it("starts the back fat blaster when nothing else is said", () => {
    expect(chooseWorkout({})).toMatchObject({
      workout: { id: "back-fat-blaster" },
      relaxed: [],
      after: [],
    });
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

  it("lets a workout asked for by name beat the kit remembered, but not the kit said now", () => {
    expect(chooseWorkout({ kind: "blaster", kit: "none" })).toMatchObject({
      workout: { id: "back-fat-blaster" },
      relaxed: ["kit"],
    });
    expect(pick({ kind: "blaster", equipment: "none" })).toBe("home-calisthenics");
  });
});

describe("length, kit and level together", () => {
  // Each row: kit, level, minutes asked, the plan chosen, how its length compares.
  it.each([
    // "a ten minute workout": never the advanced pull-ups for someone who named no level.
    ["none", undefined, 10, "home-calisthenics", "shortest"],
    ["band", undefined, 10, "home-calisthenics", "shortest"],
    ["dumbbells", undefined, 10, "back-fat-blaster", "shortest"],
    ["gym", undefined, 10, "pull-ups-intermediate", "fits"],
    // "five minute": the shortest that fits, said honestly.
    ["none", undefined, 5, "home-calisthenics", "shortest"],
    ["dumbbells", undefined, 5, "back-fat-blaster", "shortest"],
    ["gym", undefined, 5, "pull-ups-beginner", "fits"],
    // "twenty minute": whatever uses the kit the user has.
    ["none", undefined, 20, "home-calisthenics", "closest"],
    ["band", undefined, 20, "home-band", "fits"],
    ["dumbbells", undefined, 20, "dumbbell-back-shoulders", "fits"],
    ["gym", undefined, 20, "home-band", "fits"],
    ["dumbbells", undefined, 30, "back-fat-blaster-30", "fits"],
    // "sixty minute" and longer: the longest that fits, then more.
    ["gym", undefined, 60, "rowing + run-walk-intervals", "longest"],
    ["dumbbells", undefined, 60, "back-fat-blaster-30 + run-walk-intervals", "longest"],
    ["band", undefined, 60, "run-walk-intervals + home-band + home-calisthenics", "longest"],
    [
      "none",
      undefined,
      60,
      "run-walk-intervals + run-walk-intervals + home-calisthenics",
      "longest",
    ],
    // Level first, then the closest length among what is left.
    ["gym", "advanced", 10, "pull-ups-advanced", "fits"],
    ["gym", "beginner", 10, "gym-machines", "fits"],
    ["gym", "intermediate", 10, "pull-ups-intermediate", "fits"],
    ["none", "advanced", 20, "hiit", "longest"],
    ["dumbbells", "advanced", 30, "back-fat-blaster-30", "fits"],
    ["dumbbells", "beginner", 15, "home-calisthenics", "fits"],
  ] as const)("%s, %s, %i minutes: %s (%s)", (kit, level, minutes, expected, length) => {
    const request = { kit, minutes, ...(level ? { level } : {}) };
    expect(plan(request)).toBe(expected);
    expect(chooseWorkout(request).length).toBe(length);
  });

  it("answers every length from 1 to 120 minutes for every kit, with workouts that fit it", () => {
    for (const kit of ["none", "band", "dumbbells", "gym"] as const) {
      for (let minutes = 1; minutes <= 120; minutes++) {
        const choice = chooseWorkout({ kit, minutes });
        const all = [choice.workout, ...choice.after];
        for (const w of all)
          expect(
            w.equipment.every((e) => kitEquipment(kit).includes(e)),
            `${kit} ${w.id}`,
          ).toBe(true);
        const total = all.reduce((sum, w) => sum + statedMinutes(w), 0);
        // Long asks come within one workout of the time; nothing is ever more than four.
        if (choice.length === "longest") {
          expect(all.length).toBeLessThanOrEqual(4);
          expect(total).toBeGreaterThan(Math.min(minutes, 100) - 40);
        }
        expect(choice.relaxed).toEqual([]);
      }
    }
  });

  it("goes twice through at most, and longer than the longest only when asked", () => {
    for (const minutes of [60, 90, 120]) {
      const choice = chooseWorkout({ kit: "none", minutes });
      const ids = [choice.workout, ...choice.after].map((w) => w.id);
      for (const id of ids) expect(ids.filter((x) => x === id).length).toBeLessThanOrEqual(2);
    }
    const longest = Math.max(...WORKOUTS.map(statedMinutes));
    expect(chooseWorkout({ minutes: longest }).after).toEqual([]);
  });
});

describe("dependsOnKit: when not knowing the kit would change the pick", () => {
  it.each([
    [{ minutes: 10 }, true],
    [{ minutes: 60 }, true],
    [{ minutes: 20 }, true],
    [{ kind: "strength" }, true],
    [{ kind: "cardio", minutes: 60 }, true],
    // What we would pick anyway needs nothing: it suits everyone.
    [{ kind: "home" }, false],
    [{ level: "beginner" }, false],
    // The signature workout, and workouts named for their kit, are not asked about.
    [{}, false],
    [{ kind: "blaster" }, false],
    [{ kind: "pull-ups", minutes: 10 }, false],
    [{ kind: "rowing" }, false],
    // Every run is bodyweight: nothing to ask.
    [{ kind: "run", minutes: 20 }, false],
    [{ minutes: 10, kit: "band" }, false],
    [{ minutes: 10, equipment: "dumbbells" }, false],
  ] as const)("%j: %s", (request, expected) => {
    expect(dependsOnKit(request)).toBe(expected);
  });

  it("prefers the piece named now: 'I'm at the gym' means the machines", () => {
    expect(pick({ equipment: "gym-machine" })).toBe("gym-machines");
    expect(pick({ equipment: "rowing-machine" })).toBe("rowing");
    expect(pick({ kit: "gym" })).toBe("back-fat-blaster");
  });
});
