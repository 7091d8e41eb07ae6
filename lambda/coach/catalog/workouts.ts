import { defineWorkout, hold, intervals, moderateThenHard, reps, withLabel } from "./build";
import { EXERCISES } from "./exercises";
import type { Block, Workout } from "./types";

const byId = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));
const workout = (w: Omit<Workout, "equipment">): Workout => defineWorkout(byId, w);

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
    title: "the back fat blaster",
    minutes: 15,
    level: "intermediate",
    kinds: ["blaster", "dumbbell", "cardio", "strength"],
    intro:
      "The fifteen-minute back fat blaster: five strength moves, each followed by two minutes of cardio. Grab your dumbbells.",
    blocks: BLASTER_ROUND,
    sources: ["002"],
  }),
  workout({
    id: "back-fat-blaster-30",
    title: "the thirty-minute back fat blaster",
    minutes: 30,
    level: "advanced",
    kinds: ["blaster", "dumbbell", "cardio", "strength"],
    intro:
      "The back fat blaster, twice through: about thirty minutes. Each strength move leads into two minutes of cardio. Grab your dumbbells.",
    blocks: [
      ...BLASTER_ROUND,
      ...(firstOfRound ? [withLabel(firstOfRound, "round two")] : []),
      ...restOfRound,
    ],
    sources: ["002"],
  }),
  workout({
    id: "home-calisthenics",
    title: "home calisthenics",
    minutes: 15,
    level: "beginner",
    kinds: ["home", "strength"],
    intro:
      "This is home calisthenics: no equipment, just a bit of floor space. Five moves for your back and core.",
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
    title: "home back workout with a band",
    minutes: 20,
    level: "beginner",
    kinds: ["home", "band", "strength"],
    intro:
      "This is the home back workout with a resistance band. You'll want a door, a chair and a bit of floor space.",
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
    title: "dumbbell back and shoulders",
    minutes: 20,
    level: "intermediate",
    kinds: ["dumbbell", "strength"],
    intro:
      "This is dumbbell back and shoulders: five moves, three sets each. Pick weights you can lift with good form that still feel like work by the last rep.",
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
    title: "gym machines for your back",
    minutes: 12,
    level: "beginner",
    kinds: ["gym", "strength"],
    intro:
      "This is the gym machine workout: lat pulldowns, seated cable rows and assisted pull-ups, three sets each. Set each machine before you start the move.",
    blocks: [
      reps("lat-pulldown", 3, 10),
      reps("seated-cable-row", 3, 10),
      reps("assisted-pull-up", 3, 8),
    ],
    sources: ["000", "001"],
  }),
  workout({
    id: "pull-ups-beginner",
    title: "pull-up progression, beginner",
    minutes: 7,
    level: "beginner",
    kinds: ["pull-ups", "gym", "strength"],
    intro:
      "This is the beginner pull-up progression. We build the pulling strength with lat pulldowns, then practise the hardest part of a pull-up: the slow way down.",
    blocks: [reps("lat-pulldown", 3, 10), reps("negative-pull-up", 3, 3)],
    sources: ["001"],
  }),
  workout({
    id: "pull-ups-intermediate",
    title: "pull-up progression, intermediate",
    minutes: 8,
    level: "intermediate",
    kinds: ["pull-ups", "gym", "strength"],
    intro:
      "This is the intermediate pull-up progression: assisted pull-ups to practise the full movement, then slow negatives for strength.",
    blocks: [reps("assisted-pull-up", 3, 8), reps("negative-pull-up", 3, 5)],
    sources: ["001"],
  }),
  workout({
    id: "pull-ups-advanced",
    title: "pull-up progression, advanced",
    minutes: 10,
    level: "advanced",
    kinds: ["pull-ups", "strength"],
    intro:
      "This is the advanced pull-up workout: full pull-ups, then chin-ups. Stop a set when your form breaks, not before.",
    blocks: [
      reps("pull-up", 3, 6, { asManyAsYouCan: true, restSeconds: 60 }),
      reps("chin-up", 3, 6, { asManyAsYouCan: true, restSeconds: 60 }),
    ],
    sources: ["001"],
  }),
  workout({
    id: "toning-eight",
    title: "the eight-move back toning routine",
    minutes: 20,
    level: "intermediate",
    kinds: ["toning", "dumbbell", "strength"],
    intro:
      "This is the eight-move back toning routine, two sets of each. You'll need light dumbbells, an exercise ball and a band.",
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
    title: "run and walk intervals",
    minutes: 20,
    level: "intermediate",
    kinds: ["run", "cardio"],
    intro:
      "This is a twenty-minute interval run. Fast stretches with easy ones in between. Outside or on a treadmill, you're good to go.",
    blocks: [
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
    title: "HIIT at home",
    minutes: 15,
    level: "advanced",
    kinds: ["hiit", "home", "cardio"],
    intro:
      "This is high intensity intervals: eight bursts of thirty seconds, each followed by a minute of easy movement. No equipment needed.",
    blocks: [
      intervals("jogging-in-place", [{ intensity: "easy", seconds: 120 }], "warm-up"),
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
    title: "rowing and back strength",
    minutes: 35,
    level: "intermediate",
    kinds: ["rowing", "gym", "cardio", "strength"],
    intro:
      "This is rowing and back strength: a rowing warm-up, three strength moves with three minutes of rowing between them, and a ten-minute row to finish.",
    blocks: [
      intervals("rowing-machine", [{ intensity: "easy", seconds: 300 }], "warm-up"),
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
