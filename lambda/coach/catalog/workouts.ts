import { defineWorkout, hold, intervals, moderateThenHard, reps, withLabel } from "./build";
import { EXERCISES } from "./exercises";
import type { Block, Workout, WorkoutFacts } from "./types";

const byId = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));
/** A workout's title and intro are in each locale's words (Voice.workout). */
const workout = (facts: WorkoutFacts): Workout => defineWorkout(byId, facts);

/**
 * Guide 002's 15-minute workout: five strength moves, each followed straight away by two minutes
 * of cardio, the first minute moderate and the second hard. Ten of the fifteen minutes are
 * cardio, so the strength moves run at a brisk circuit tempo of two seconds a rep.
 */
const CIRCUIT_TEMPO = { tempoSeconds: 2 } as const;
const BLASTER_ROUND: readonly Block[] = [
  reps("reverse-grip-double-arm-row", 1, 12, CIRCUIT_TEMPO),
  moderateThenHard("jumping-jacks"),
  reps("side-plank-arm-extension", 1, 12, CIRCUIT_TEMPO),
  moderateThenHard("jogging-in-place"),
  reps("renegade-row", 1, 20, { ...CIRCUIT_TEMPO, alternating: true }),
  moderateThenHard("jump-rope"),
  reps("straight-arm-press-back", 1, 12, CIRCUIT_TEMPO),
  moderateThenHard("skaters"),
  reps("single-arm-row", 1, 12, CIRCUIT_TEMPO),
  moderateThenHard("power-skips"),
];

const [firstOfRound, ...restOfRound] = BLASTER_ROUND;

/** HIIT (guides 000, 001): short hard bursts with a minute of easy movement between them. */
const HIIT_BURSTS = ["jumping-jacks", "skaters", "power-skips", "jogging-in-place"];

export const WORKOUTS: readonly Workout[] = [
  workout({
    id: "back-fat-blaster",
    minutes: 15,
    level: "intermediate",
    kinds: ["blaster", "dumbbell", "cardio", "strength"],
    blocks: BLASTER_ROUND,
    sources: ["002"],
  }),
  workout({
    id: "back-fat-blaster-30",
    minutes: 30,
    level: "advanced",
    kinds: ["blaster", "dumbbell", "cardio", "strength"],
    blocks: [
      ...BLASTER_ROUND,
      ...(firstOfRound ? [withLabel(firstOfRound, "roundTwo")] : []),
      ...restOfRound,
    ],
    sources: ["002"],
  }),
  workout({
    id: "home-calisthenics",
    minutes: 15,
    level: "beginner",
    kinds: ["home", "strength"],
    blocks: [
      reps("lumbar-extension", 3, 10),
      reps("bridge", 2, 5, { holdSeconds: 10 }),
      reps("push-up", 3, 10, { asManyAsYouCan: true }),
      hold("plank", 2, 30),
      hold("side-plank", 1, 20),
    ],
    sources: ["000"],
  }),
  workout({
    id: "home-band",
    minutes: 20,
    level: "beginner",
    kinds: ["home", "band", "strength"],
    blocks: [
      reps("band-pull-apart", 1, 8, { holdSeconds: 10 }),
      reps("band-seated-row", 3, 12, { holdSeconds: 2 }),
      reps("lumbar-extension", 3, 10),
      reps("bridge", 2, 5, { holdSeconds: 10 }),
      reps("push-up", 2, 10, { asManyAsYouCan: true }),
      hold("plank", 2, 30),
    ],
    sources: ["000", "003"],
  }),
  workout({
    id: "dumbbell-back-shoulders",
    minutes: 20,
    level: "intermediate",
    kinds: ["dumbbell", "strength"],
    blocks: [
      reps("reverse-fly", 3, 8),
      reps("bent-over-row", 3, 12),
      reps("shoulder-press", 3, 10),
      reps("dumbbell-low-row", 3, 10),
      reps("renegade-row", 3, 10, { alternating: true }),
    ],
    sources: ["000", "001"],
  }),
  workout({
    id: "gym-machines",
    minutes: 12,
    level: "beginner",
    kinds: ["gym", "strength"],
    blocks: [
      reps("lat-pulldown", 3, 10),
      reps("seated-cable-row", 3, 10),
      reps("assisted-pull-up", 3, 8),
    ],
    sources: ["000", "001"],
  }),
  workout({
    id: "pull-ups-beginner",
    minutes: 7,
    level: "beginner",
    kinds: ["pull-ups", "gym", "strength"],
    blocks: [reps("lat-pulldown", 3, 10), reps("negative-pull-up", 3, 3)],
    sources: ["001"],
  }),
  workout({
    id: "pull-ups-intermediate",
    minutes: 8,
    level: "intermediate",
    kinds: ["pull-ups", "gym", "strength"],
    blocks: [reps("assisted-pull-up", 3, 8), reps("negative-pull-up", 3, 5)],
    sources: ["001"],
  }),
  workout({
    id: "pull-ups-advanced",
    minutes: 10,
    level: "advanced",
    kinds: ["pull-ups", "strength"],
    blocks: [
      reps("pull-up", 3, 6, { asManyAsYouCan: true, restSeconds: 60 }),
      reps("chin-up", 3, 6, { asManyAsYouCan: true, restSeconds: 60 }),
    ],
    sources: ["001"],
  }),
  workout({
    id: "toning-eight",
    minutes: 20,
    level: "intermediate",
    kinds: ["toning", "dumbbell", "strength"],
    blocks: [
      reps("lateral-raise", 2, 12),
      reps("push-up", 2, 10),
      reps("dumbbell-swing", 2, 15),
      reps("reverse-hip-raise", 2, 8, { holdSeconds: 3 }),
      reps("side-jackknife", 2, 10),
      reps("dumbbell-low-row", 2, 12),
      reps("band-seated-row", 2, 12, { holdSeconds: 2 }),
      hold("dumbbell-plank", 2, 30),
    ],
    sources: ["003"],
  }),
  workout({
    id: "run-walk-intervals",
    minutes: 25,
    level: "intermediate",
    kinds: ["run", "cardio"],
    blocks: [
      // No run starts cold: a brisk walk first (guide 001 warms up before intervals too).
      intervals("walking", [{ intensity: "easy", seconds: 180 }], "warmUp"),
      intervals("running", [
        { intensity: "hard", seconds: 180 },
        { intensity: "easy", seconds: 300, exerciseId: "walking" },
        { intensity: "hard", seconds: 120 },
        { intensity: "easy", seconds: 300, exerciseId: "walking" },
        { intensity: "hard", seconds: 120 },
        { intensity: "easy", seconds: 180, exerciseId: "walking" },
      ]),
    ],
    sources: ["000", "001"],
  }),
  workout({
    id: "hiit",
    minutes: 15,
    level: "advanced",
    kinds: ["hiit", "home", "cardio"],
    blocks: [
      intervals("jogging-in-place", [{ intensity: "easy", seconds: 120 }], "warmUp"),
      intervals(
        "jumping-jacks",
        [...HIIT_BURSTS, ...HIIT_BURSTS].flatMap((burst) => [
          { intensity: "hard" as const, seconds: 30, exerciseId: burst },
          { intensity: "easy" as const, seconds: 60, exerciseId: "jogging-in-place" },
        ]),
      ),
    ],
    sources: ["000", "001"],
  }),
  workout({
    id: "rowing",
    minutes: 35,
    level: "intermediate",
    kinds: ["rowing", "gym", "cardio", "strength"],
    blocks: [
      intervals("rowing-machine", [{ intensity: "easy", seconds: 300 }], "warmUp"),
      reps("bent-over-row", 3, 12),
      intervals("rowing-machine", [
        { intensity: "steady", seconds: 120 },
        { intensity: "hard", seconds: 60 },
      ]),
      reps("renegade-row", 3, 10, { alternating: true }),
      intervals("rowing-machine", [
        { intensity: "steady", seconds: 120 },
        { intensity: "hard", seconds: 60 },
      ]),
      reps("lat-pulldown", 3, 10),
      intervals("rowing-machine", [{ intensity: "steady", seconds: 600 }], "finish"),
    ],
    sources: ["001"],
  }),
];
