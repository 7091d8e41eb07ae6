import { describe, expect, it } from "vitest";
import {
  EQUIPMENT,
  EXERCISES,
  findExercise,
  getWorkout,
  LEVELS,
  UnknownCatalogIdError,
  WORKOUTS,
} from "../../lambda/coach";
import { exerciseIdsOf } from "../../lambda/coach/catalog/build";
import { DEFAULT_LOCALE } from "../../lambda/i18n/locales";
import { voice } from "../../lambda/i18n/voice";

const v = voice(DEFAULT_LOCALE);

describe("exercise catalog", () => {
  it("has at least 25 distinct exercises with unique ids and names", () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    expect(new Set(EXERCISES.map((e) => v.exercise(e.id).name)).size).toBe(EXERCISES.length);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s is complete and speakable", (_, e) => {
    const words = v.exercise(e.id);
    expect(e.id).toMatch(/^[a-z0-9-]+$/);
    expect(EQUIPMENT).toContain(e.equipment);
    expect(words.cue.length).toBeGreaterThan(10);
    expect(words.cue).toMatch(/[.!?]$/);
    expect(words.steps.length).toBeGreaterThanOrEqual(3);
    expect(words.steps.length).toBeLessThanOrEqual(6);
    for (const step of words.steps) expect(step).toMatch(/^[A-Z].*[.!?]$/);
    expect(e.sources.length).toBeGreaterThan(0);
    if (e.kind === "strength") expect(e.tempoSeconds).toBeGreaterThan(0);
  });

  it("covers the moves the guides name", () => {
    const wanted = [
      "negative-pull-up",
      "assisted-pull-up",
      "lat-pulldown",
      "bent-over-row",
      "renegade-row",
      "reverse-fly",
      "shoulder-press",
      "dumbbell-low-row",
      "seated-cable-row",
      "band-pull-apart",
      "band-seated-row",
      "lumbar-extension",
      "bridge",
      "plank",
      "side-plank",
      "push-up",
      "knee-push-up",
      "lateral-raise",
      "dumbbell-swing",
      "reverse-hip-raise",
      "side-jackknife",
      "reverse-grip-double-arm-row",
      "side-plank-arm-extension",
      "straight-arm-press-back",
      "jumping-jacks",
      "jogging-in-place",
      "jump-rope",
      "skaters",
      "power-skips",
      "rowing-machine",
      "running",
    ];
    for (const id of wanted) expect(findExercise(id), id).toBeDefined();
  });

  it("marks the moves counted per side as one-sided", () => {
    const oneSided = EXERCISES.filter((e) => e.oneSided).map((e) => e.id);
    expect(oneSided).toEqual(
      expect.arrayContaining(["bent-over-row", "side-plank-arm-extension", "single-arm-row"]),
    );
    expect(findExercise("renegade-row")?.oneSided).toBe(false);
  });
});

describe("workout catalog", () => {
  it("has at least seven workouts with unique ids", () => {
    expect(WORKOUTS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(WORKOUTS.map((w) => w.id)).size).toBe(WORKOUTS.length);
  });

  it.each(WORKOUTS.map((w) => [w.id, w] as const))(
    "%s uses only known moves and says what it needs",
    (_, w) => {
      expect(LEVELS).toContain(w.level);
      expect(w.minutes).toBeGreaterThan(0);
      expect(w.blocks.length).toBeGreaterThan(0);
      const needed = new Set(
        exerciseIdsOf(w.blocks).map((id) => findExercise(id)?.equipment ?? "unknown"),
      );
      needed.delete("none");
      expect(new Set(w.equipment.filter((e) => e !== "none"))).toEqual(needed);
    },
  );

  it("lays out the back fat blaster as guide 002 does: strength, then 1 min moderate + 1 min hard", () => {
    const blaster = getWorkout("back-fat-blaster");
    expect(blaster.minutes).toBe(15);
    expect(blaster.blocks).toHaveLength(10);
    blaster.blocks.forEach((block, i) => {
      if (i % 2 === 0) {
        expect(block.prescription.kind).toBe("reps");
      } else {
        expect(block.prescription).toEqual({
          kind: "intervals",
          phases: [
            { intensity: "moderate", seconds: 60 },
            { intensity: "hard", seconds: 60 },
          ],
        });
      }
    });
    const renegade = blaster.blocks[4]?.prescription;
    expect(renegade).toMatchObject({ kind: "reps", reps: 20, alternating: true });
  });

  it("runs the blaster twice for the thirty-minute version", () => {
    const once = getWorkout("back-fat-blaster").blocks.map((b) => b.exerciseId);
    const twice = getWorkout("back-fat-blaster-30").blocks.map((b) => b.exerciseId);
    expect(twice).toEqual([...once, ...once]);
  });

  it("keeps the guides' numbers", () => {
    const home = getWorkout("home-calisthenics");
    expect(
      home.blocks.find((b) => b.exerciseId === "lumbar-extension")?.prescription,
    ).toMatchObject({
      sets: 3,
      reps: 10,
    });
    const bridge = home.blocks.find((b) => b.exerciseId === "bridge")?.prescription;
    expect(bridge).toMatchObject({ kind: "reps", holdSeconds: 10 });
    const plank = getWorkout("toning-eight").blocks.find((b) => b.exerciseId === "dumbbell-plank");
    expect(plank?.prescription).toMatchObject({ kind: "hold", seconds: 30 });
    const rows = getWorkout("dumbbell-back-shoulders").blocks.find(
      (b) => b.exerciseId === "bent-over-row",
    );
    expect(rows?.prescription).toMatchObject({ sets: 3, reps: 12 });
    const fly = getWorkout("dumbbell-back-shoulders").blocks.find(
      (b) => b.exerciseId === "reverse-fly",
    );
    expect(fly?.prescription).toMatchObject({ sets: 3, reps: 8 });
  });

  it("offers the pull-up progression at every level", () => {
    const levels = WORKOUTS.filter((w) => w.id.startsWith("pull-ups-")).map((w) => w.level);
    expect(levels.sort()).toEqual([...LEVELS].sort());
    expect(exerciseIdsOf(getWorkout("pull-ups-beginner").blocks)).toContain("negative-pull-up");
    expect(exerciseIdsOf(getWorkout("pull-ups-intermediate").blocks)).toContain("assisted-pull-up");
    expect(exerciseIdsOf(getWorkout("pull-ups-advanced").blocks)).toContain("pull-up");
  });

  it("rows for five minutes to warm up, three minutes between moves and ten to finish", () => {
    const rowing = getWorkout("rowing").blocks.filter((b) => b.exerciseId === "rowing-machine");
    const minutes = rowing.map((b) =>
      b.prescription.kind === "intervals"
        ? b.prescription.phases.reduce((sum, p) => sum + p.seconds, 0) / 60
        : 0,
    );
    expect(minutes).toEqual([5, 3, 3, 10]);
  });

  it("fails loudly for an unknown id", () => {
    expect(() => getWorkout("nope")).toThrow(UnknownCatalogIdError);
  });
});
