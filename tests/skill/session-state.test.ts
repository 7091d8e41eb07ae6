import { describe, expect, it } from "vitest";
import {
  EXERCISES,
  isRated,
  ladderOf,
  type Pace,
  type Progression,
  tuneWorkout,
  WORKOUTS,
  type WorkoutProgress,
} from "../../lambda/coach";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";
import { parseSessionState } from "../../lambda/turn/parse-session-state";
import { sessionAttributesOf } from "../../lambda/turn/session-state";

const NOW = "2026-11-22T09:00:00.000Z";
const valid = { user: NEW_USER, stored: { record: NEW_USER, version: 3 }, unsavedLog: [] };

describe("session state read back from the device", () => {
  it("keeps what the user must still hear about a damaged record, and nothing made up", () => {
    const state = parseSessionState(
      {
        ...valid,
        stored: { ...valid.stored, repaired: ["progress", "password", 7] },
        lostOnRead: ["profile", { evil: true }],
      },
      NOW,
    );
    expect(state?.stored).toEqual({ record: NEW_USER, version: 3, repaired: ["progress"] });
    expect(state?.lostOnRead).toEqual(["profile"]);
  });

  it("reads an empty or malformed list as nothing to say and nothing to rewrite", () => {
    const state = parseSessionState(
      {
        ...valid,
        stored: { ...valid.stored, repaired: [] },
        lostOnRead: "progress",
      },
      NOW,
    );
    expect(state?.stored).toEqual({ record: NEW_USER, version: 3 });
    expect(state).not.toHaveProperty("lostOnRead");
  });

  it("is no state at all when the stored version is missing", () => {
    expect(parseSessionState({ ...valid, stored: { record: NEW_USER } }, NOW)).toBeUndefined();
  });
});

describe("session state written back to the device", () => {
  it("leaves out the stored copy when it is the user's own record, and reads it back the same", () => {
    const user = { ...NEW_USER, disclaimerHeard: true };
    const state = {
      user,
      stored: { record: user, version: 2 },
      unsavedLog: [],
      storageWarned: false,
    };
    const sent = sessionAttributesOf(state).backCoach as Record<string, unknown>;
    expect(sent.stored).toEqual({ version: 2 });
    const back = parseSessionState(JSON.parse(JSON.stringify(sent)), NOW);
    expect(back?.stored).toEqual({ record: user, version: 2 });
    expect(back?.stored.record).toBe(back?.user);
  });

  it("sends only the fields where storage differs when this session changed something", () => {
    const user = { ...NEW_USER, disclaimerHeard: true };
    const state = {
      user,
      stored: { record: NEW_USER, version: 2 },
      unsavedLog: [],
      storageWarned: false,
    };
    const sent = sessionAttributesOf(state).backCoach as Record<string, unknown>;
    expect(sent.stored).toEqual({ version: 2, differs: { disclaimerHeard: false } });
    const back = parseSessionState(JSON.parse(JSON.stringify(sent)), NOW);
    expect(back?.stored.record).toEqual(NEW_USER);
    expect(back?.user).toEqual(user);
  });

  it("sends null for a field storage does not have, and reads it back absent", () => {
    const user = { ...NEW_USER, handsFree: true as const, pace: 1.2 as Pace };
    const state = {
      user,
      stored: { record: { ...NEW_USER, pace: 1.2 as Pace }, version: 4 },
      unsavedLog: [],
      storageWarned: false,
    };
    const sent = sessionAttributesOf(state).backCoach as Record<string, unknown>;
    expect(sent.stored).toEqual({ version: 4, differs: { handsFree: null } });
    const back = parseSessionState(JSON.parse(JSON.stringify(sent)), NOW);
    expect(back?.stored.record).toEqual({ ...NEW_USER, pace: 1.2 });
    expect(back?.stored.record).not.toHaveProperty("handsFree");
  });

  it("sends no copy when the stored record is equal to the user's without being the same object", () => {
    const state = {
      user: { ...NEW_USER, disclaimerHeard: true },
      stored: { record: { ...NEW_USER, disclaimerHeard: true }, version: 2 },
      unsavedLog: [],
      storageWarned: false,
    };
    const sent = sessionAttributesOf(state).backCoach as Record<string, unknown>;
    expect(sent.stored).toEqual({ version: 2 });
  });

  it("still reads a session sent before records were packed (a deploy mid-session)", () => {
    const user = { ...NEW_USER, progression: FULL, disclaimerHeard: true };
    const back = parseSessionState(
      { ...valid, user, stored: { record: { ...user, disclaimerHeard: false }, version: 3 } },
      NOW,
    );
    expect(back?.user).toEqual(user);
    expect(back?.stored.record).toEqual({ ...user, disclaimerHeard: false });
  });
});

/** Every rated move at the top of its ladder: the largest progression record there is. */
const FULL: Progression = {
  moves: Object.fromEntries(
    EXERCISES.filter((e) => isRated(e.id)).map((e) => [
      e.id,
      { reps: ladderOf(e.id).up, step: 0, at: "2026-11-21T09:00:00.000Z", news: "heavier" },
    ]),
  ),
  pullUps: { level: "advanced", at: "2026-11-21T09:00:00.000Z" },
};

/** What a device sends back for `user`, stored as it is, after a JSON round trip. */
function sentFor<T>(user: UserRecord): T {
  return JSON.parse(
    JSON.stringify(
      sessionAttributesOf({
        user,
        stored: { record: user, version: 5 },
        unsavedLog: [],
        storageWarned: false,
      }).backCoach,
    ),
  ) as T;
}

describe("a record's large fields in session attributes", () => {
  const user = { ...NEW_USER, progression: FULL };
  const sent = () =>
    sentFor<{ user: Record<string, unknown>; stored: Record<string, unknown> }>(user);

  it("travel as one text each and read back as the same record", () => {
    const attributes = sent();
    expect(typeof attributes.user.progression).toBe("string");
    expect(typeof attributes.user.tips).toBe("string");
    expect(parseSessionState(attributes, NOW)?.user).toEqual(user);
  });

  it("are read once per text: the same text gives the same value, frozen, for user and storage", () => {
    const first = parseSessionState(sent(), NOW);
    const again = parseSessionState(sent(), NOW);
    expect(again?.user.progression).toBe(first?.user.progression);
    expect(again?.stored.record.progression).toBe(again?.user.progression);
    expect(Object.isFrozen(first?.user.progression?.moves)).toBe(true);
  });

  it("make the whole state unreadable when a text is not one Back Coach wrote", () => {
    const forge = (progression: unknown) =>
      parseSessionState({ ...sent(), user: { ...sent().user, progression } }, NOW);
    const [id] = Object.keys(FULL.moves);
    expect(forge("{not json")).toBeUndefined();
    expect(
      forge(JSON.stringify({ moves: { [String(id)]: { reps: 5000, step: 0, at: NOW } } })),
    ).toBeUndefined();
    expect(
      forge(JSON.stringify({ moves: { "made-up-move": FULL.moves[String(id)] } })),
    ).toBeUndefined();
    expect(forge(" ".repeat(20_000) + JSON.stringify(FULL))).toBeUndefined();
    // The genuine text, unchanged, still reads.
    expect(forge(JSON.stringify(FULL))?.user.progression).toEqual(FULL);
  });

  it("refuse a stored copy that names a field a record does not have", () => {
    const attributes = sent();
    for (const field of ["password", "__proto__", "constructor"]) {
      const differs = JSON.parse(`{"${field}": {"x": 1}}`) as Record<string, unknown>;
      expect(
        parseSessionState({ ...attributes, stored: { version: 5, differs } }, NOW),
      ).toBeUndefined();
    }
  });
});

describe("a workout's tuning in session attributes", () => {
  const workout = WORKOUTS[0] as (typeof WORKOUTS)[number];
  const { tuning } = tuneWorkout(workout, FULL, "each");
  const progress: WorkoutProgress = {
    workoutId: workout.id,
    segmentIndex: 1,
    status: "active",
    varietyAtSegment: {},
    tuning,
  };
  const user = { ...NEW_USER, progress };
  const sent = () => sentFor<{ user: { progress: Record<string, unknown> } }>(user);
  const withTuning = (text: unknown) => {
    const attributes = sent();
    return parseSessionState(
      {
        ...attributes,
        user: { ...attributes.user, progress: { ...attributes.user.progress, tuning: text } },
      },
      NOW,
    );
  };

  it("travels as text beside the position, and reads back as the same tuning, once per text", () => {
    expect(tuning.blocks.length).toBeGreaterThan(0);
    const attributes = sent();
    expect(typeof attributes.user.progress.tuning).toBe("string");
    expect(attributes.user.progress.segmentIndex).toBe(1);
    const first = parseSessionState(attributes, NOW);
    expect(first?.user.progress).toEqual(progress);
    expect(parseSessionState(sent(), NOW)?.user.progress?.tuning).toBe(
      first?.user.progress?.tuning,
    );
    expect(Object.isFrozen(first?.user.progress?.tuning)).toBe(true);
  });

  it("makes the state unreadable when the text is not a tuning the rules make for that workout", () => {
    const [block] = tuning.blocks;
    expect(withTuning("[1,2")).toBeUndefined();
    expect(withTuning(JSON.stringify({ ...tuning, extra: 1 }))).toBeUndefined();
    expect(withTuning(JSON.stringify({ blocks: [{ ...block, reps: 500 }] }))).toBeUndefined();
    expect(withTuning(JSON.stringify({ blocks: [{ ...block, block: 99 }] }))).toBeUndefined();
    expect(withTuning(" ".repeat(20_000))).toBeUndefined();
    // The same text under a workout it was not made for is not ours either.
    const other = WORKOUTS.find(
      (w) => w.id !== workout.id && w.blocks.length !== workout.blocks.length,
    );
    expect(other).toBeDefined();
    const attributes = sent();
    expect(
      parseSessionState(
        {
          ...attributes,
          user: {
            ...attributes.user,
            progress: { ...attributes.user.progress, workoutId: other?.id },
          },
        },
        NOW,
      ),
    ).toBeUndefined();
  });
});

describe("packed text that is JSON but not ours", () => {
  it("is refused, not walked, when it nests thousands of levels deep", () => {
    const deep = `{"heard":{},"junk":${"[".repeat(7000)}${"]".repeat(7000)}}`;
    const attributes = {
      user: { ...NEW_USER, tips: deep },
      stored: { version: 2 },
      unsavedLog: [],
    };
    expect(() => parseSessionState(attributes, NOW)).not.toThrow();
    expect(parseSessionState(attributes, NOW)).toBeUndefined();
  });

  it("keeps nothing of a tip history but its own fields", () => {
    const attributes = {
      user: { ...NEW_USER, tips: JSON.stringify({ heard: { protein: ["protein-1"] }, junk: [1] }) },
      stored: { version: 2 },
      unsavedLog: [],
    };
    expect(parseSessionState(attributes, NOW)?.user.tips).toEqual({
      heard: { protein: ["protein-1"] },
    });
  });
});
