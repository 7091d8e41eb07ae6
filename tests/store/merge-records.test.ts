import { describe, expect, it } from "vitest";
import type { WorkoutProgress } from "../../lambda/coach";
import { mergeRecords } from "../../lambda/store/merge-records";
import { NEW_USER, type UserRecord } from "../../lambda/store/user-record";

const at = (segmentIndex: number): WorkoutProgress => ({
  workoutId: "hiit",
  segmentIndex,
  status: "active",
  varietyAtSegment: {},
});
const base: UserRecord = {
  ...NEW_USER,
  profile: { weightKg: 90, ageYears: 30 },
  tips: { heard: { protein: ["protein-1"] }, lastTipId: "protein-1", lastTopic: "protein" },
  variety: { praise: 1, rest: 1 },
  progress: at(1),
  progressAt: "2026-11-22T09:00:00.000Z",
};

describe("mergeRecords, leaf by leaf", () => {
  it("keeps each profile field the other device changed, and ours", () => {
    const latest = { ...base, profile: { ...base.profile, weightKg: 72 } };
    const next = { ...base, profile: { ...base.profile, ageYears: 41 } };
    expect(mergeRecords(latest, base, next).profile).toEqual({ weightKg: 72, ageYears: 41 });
  });

  it("keeps both devices' tips within a topic and across topics; the last tip is ours", () => {
    const latest: UserRecord = {
      ...base,
      tips: {
        heard: { protein: ["protein-1", "protein-2"], fats: ["fats-1"] },
        lastTipId: "fats-1",
        lastTopic: "fats",
      },
    };
    const next: UserRecord = {
      ...base,
      tips: {
        heard: { protein: ["protein-1", "protein-3"] },
        lastTipId: "protein-3",
        lastTopic: "protein",
      },
    };
    expect(mergeRecords(latest, base, next).tips).toEqual({
      heard: { protein: ["protein-1", "protein-3", "protein-2"], fats: ["fats-1"] },
      lastTipId: "protein-3",
      lastTopic: "protein",
    });
  });

  it("merges rotating lines per category and never un-hears the health note", () => {
    const latest = { ...base, variety: { praise: 2, rest: 1 }, disclaimerHeard: true };
    const next = { ...base, variety: { praise: 1, rest: 3 } };
    const merged = mergeRecords(latest, base, next);
    expect(merged.variety).toEqual({ praise: 2, rest: 3 });
    expect(merged.disclaimerHeard).toBe(true);
  });

  it("keeps the position moved last, by its own time", () => {
    const later = { ...base, progress: at(5), progressAt: "2026-11-22T09:05:00.000Z" };
    const earlier = { ...base, progress: at(3), progressAt: "2026-11-22T09:03:00.000Z" };
    expect(mergeRecords(later, base, earlier).progress).toEqual(at(5));
    expect(mergeRecords(earlier, base, later).progress).toEqual(at(5));
    // A finished workout (no position) from the later move clears it.
    const { progress: _done, ...finished } = { ...base, progressAt: "2026-11-22T09:09:00.000Z" };
    expect(mergeRecords(later, base, finished).progress).toBeUndefined();
  });

  it("keeps the kit this session was told, else the other device's", () => {
    const theirs = { ...base, equipment: "gym" as const };
    expect(mergeRecords(theirs, base, { ...base, equipment: "band" }).equipment).toBe("band");
    expect(mergeRecords(theirs, base, base).equipment).toBe("gym");
    // A profile change here does not undo the kit the other device learned.
    const next = { ...base, profile: { ...base.profile, ageYears: 41 } };
    expect(mergeRecords(theirs, base, next).equipment).toBe("gym");
  });

  it("keeps the pace as its own leaf: ours where we changed it, the other device's elsewhere", () => {
    const slower: UserRecord = { ...base, pace: 1.2 };
    const otherChange = { ...base, profile: { ...base.profile, weightKg: 72 } };
    // We said "slower" while the other device set the weight: both stay.
    expect(mergeRecords(otherChange, base, slower)).toMatchObject({
      pace: 1.2,
      profile: { weightKg: 72, ageYears: 30 },
    });
    // The other device said "faster" and we did not touch the pace: theirs stays.
    expect(mergeRecords({ ...base, pace: 0.85 }, base, otherChange).pace).toBe(0.85);
    // We went back to the standard pace (no field): that change wins too.
    const { pace: _back, ...standard } = slower;
    expect(mergeRecords({ ...base, pace: 1.4 }, slower, standard).pace).toBeUndefined();
  });

  it("leaves what this session did not touch exactly as the other device stored it", () => {
    const latest = {
      ...base,
      profile: { weightKg: 60 },
      progress: at(7),
      progressAt: "2026-11-22T09:07:00.000Z",
    };
    expect(mergeRecords(latest, base, base)).toEqual(latest);
  });
});

describe("hands-free, merged as one leaf", () => {
  it("this session's change wins; otherwise the other device's stays", () => {
    const on = { ...NEW_USER, handsFree: true as const };
    expect(mergeRecords(NEW_USER, NEW_USER, on).handsFree).toBe(true);
    expect(mergeRecords(on, NEW_USER, NEW_USER).handsFree).toBe(true);
    expect(mergeRecords(on, on, NEW_USER)).not.toHaveProperty("handsFree");
  });
});
