import { describe, expect, it } from "vitest";
import {
  type ActivityEntry,
  addDays,
  EXERCISES,
  getWorkout,
  KITS,
  type Kit,
  type PlanInput,
  planInputOf,
  speakPickReason,
  type TodaysPick,
  todaysPick,
  trainingLoad,
  WORKOUTS,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";

const v = voice(DEFAULT_LOCALE);
const MONDAY = "2026-11-16";

/** A session as the skill logs one done in full: its cardio and strength heard. */
function done(workoutId: string, day: string, minutes?: number): ActivityEntry {
  const workout = getWorkout(workoutId);
  const cardio = workout.kinds.includes("cardio");
  const strength = workout.kinds.includes("strength");
  return {
    workoutId,
    endedAt: `${day}T08:00:00.000Z`,
    minutes: minutes ?? workout.minutes,
    completed: true,
    moves: workout.blocks.length,
    totalMoves: workout.blocks.length,
    cardioMinutes: cardio ? Math.max(10, Math.round(workout.minutes * 0.6)) : 0,
    strengthMoves: strength ? 3 : 0,
  };
}

const pickOn = (log: readonly ActivityEntry[], day: string, kit?: Kit, zone = "UTC") =>
  todaysPick(planInputOf(log, `${day}T18:00:00.000Z`, zone, kit));

const said = (pick: TodaysPick) => ("workoutId" in pick ? pick.workoutId : "rest");

/** Each day, the user asks and does what is picked; returns "workout (reason)" per day. */
function followFor(days: number, kit: Kit | undefined, from = MONDAY, log: ActivityEntry[] = []) {
  const plan: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(from, i);
    const pick = pickOn(log, day, kit);
    plan.push(`${said(pick)} (${pick.reason})`);
    if ("workoutId" in pick) log.push(done(pick.workoutId, day));
  }
  return { plan, log };
}

/** What made a day hard, for checking the rule from the outside. */
function hardness(entry: ActivityEntry) {
  const load = trainingLoad(getWorkout(entry.workoutId));
  return { interval: load.interval, muscles: load.muscles };
}

function expectNoHardDayAfterAHardDay(log: readonly ActivityEntry[]): void {
  for (const entry of log) {
    const yesterday = addDays(entry.endedAt.slice(0, 10), -1);
    const before = log.find((e) => e.endedAt.startsWith(yesterday));
    if (!before) continue;
    const [a, b] = [hardness(before), hardness(entry)];
    expect(a.interval && b.interval, `${before.workoutId} then ${entry.workoutId}`).toBe(false);
    expect(
      a.muscles.filter((m) => b.muscles.includes(m)),
      `${before.workoutId} then ${entry.workoutId}`,
    ).toEqual([]);
  }
}

describe("what makes a workout hard (training-load.ts)", () => {
  it("calls every cardio workout in the catalog interval work, and no strength-only one", () => {
    for (const workout of WORKOUTS)
      expect(trainingLoad(workout).interval, workout.id).toBe(workout.kinds.includes("cardio"));
    expect(trainingLoad(getWorkout("hiit")).hiit).toBe(true);
    expect(trainingLoad(getWorkout("back-fat-blaster")).hiit).toBe(false);
  });

  it("knows the muscles of every strength move, and loads none for holds and cardio", () => {
    for (const exercise of EXERCISES.filter((e) => e.kind === "strength")) {
      const workout = WORKOUTS.find((w) => w.blocks.some((b) => b.exerciseId === exercise.id));
      if (workout) expect(trainingLoad(workout).muscles.length, exercise.id).toBeGreaterThan(0);
    }
    expect(trainingLoad(getWorkout("hiit")).muscles).toEqual([]);
    expect([...trainingLoad(getWorkout("home-calisthenics")).muscles].sort()).toEqual([
      "chest-arms",
      "lower-back",
    ]);
    expect(trainingLoad(getWorkout("pull-ups-beginner")).muscles).toEqual(["upper-back"]);
  });
});

describe("today's pick, day by day over scripted weeks", () => {
  it("a new user with no history gets the signature workout", () => {
    const pick = pickOn([], MONDAY);
    expect(pick).toEqual({ workoutId: "back-fat-blaster", reason: "firstWorkout" });
    expect(speakPickReason(v, pick, { cardio: 0, strength: 0, minutes: 0 })).toBe(
      "There's nothing in your log yet, so here's a good first workout.",
    );
  });

  it("a beginner with no kit: cardio and strength take turns, and rest once the sessions are in", () => {
    // Before the first week: two weeks of home calisthenics, the only beginner workout for no kit.
    const history = [
      done("home-calisthenics", "2026-11-03"),
      done("home-calisthenics", "2026-11-05"),
    ];
    const { plan, log } = followFor(7, "none", MONDAY, history);
    expect(plan).toEqual([
      "run-walk-intervals (newWeek)",
      "home-calisthenics (strengthNoIntervals)",
      "run-walk-intervals (cardio)",
      "home-calisthenics (strengthNoIntervals)",
      "run-walk-intervals (cardio)",
      // Every session target is met but the minutes; the only cardio would be intervals again.
      "rest (afterHard)",
      "run-walk-intervals (minutes)",
    ]);
    // No kit means no kit: nothing picked needs any.
    for (const entry of log) expect(getWorkout(entry.workoutId).equipment).toEqual(["none"]);
    expectNoHardDayAfterAHardDay(log);
  });

  it("a dumbbell user over two weeks: never two hard days in a row, never past their kit", () => {
    const { plan, log } = followFor(14, "dumbbells");
    expect(plan.slice(0, 7)).toEqual([
      "back-fat-blaster (firstWorkout)",
      "home-calisthenics (strengthNoIntervals)",
      "back-fat-blaster (cardio)",
      "rest (afterHard)",
      "run-walk-intervals (cardio)",
      "rest (afterHard)",
      "back-fat-blaster (minutes)",
    ]);
    // The second week starts from Sunday's intervals: no intervals on Monday.
    expect(plan[7]).toBe("home-calisthenics (strengthNoIntervals)");
    for (const entry of log)
      for (const item of getWorkout(entry.workoutId).equipment)
        expect(["none", "dumbbells"]).toContain(item);
    expectNoHardDayAfterAHardDay(log);
  });

  it("never offers advanced work to someone who has not finished any, and does to one who has", () => {
    for (const kit of KITS) {
      const { log } = followFor(21, kit);
      for (const entry of log) expect(getWorkout(entry.workoutId).level, kit).not.toBe("advanced");
      expectNoHardDayAfterAHardDay(log);
    }
    const advanced = [done("pull-ups-advanced", "2026-11-10"), done("hiit", "2026-11-12")];
    const picks = followFor(14, "gym", MONDAY, advanced).log.map((e) => getWorkout(e.workoutId));
    expect(picks.some((w) => w.level === "advanced")).toBe(true);
  });

  it("a week already complete: rest, with the figures, and a walk instead", () => {
    const week = [
      done("back-fat-blaster-30", MONDAY, 32),
      done("dumbbell-back-shoulders", "2026-11-17", 22),
      done("run-walk-intervals", "2026-11-18", 25),
      done("toning-eight", "2026-11-19", 21),
      done("rowing", "2026-11-20", 36),
      done("run-walk-intervals", "2026-11-21", 25),
    ];
    const pick = pickOn(week, "2026-11-22", "gym");
    expect(pick).toEqual({ rest: true, reason: "weekDone" });
    const input = planInputOf(week, "2026-11-22T18:00:00.000Z", "UTC", "gym");
    expect(speakPickReason(v, pick, input.week)).toBe(
      "You've met every target this week: four cardio sessions, four back strength sessions, and one hundred sixty-one minutes in all. Today, rest. An easy walk is plenty if you'd like to move.",
    );
  });

  it("hard days back to back: intervals yesterday means none today; strength yesterday spares those muscles", () => {
    const hiitYesterday = [done("hiit", "2026-11-17")];
    const afterHiit = pickOn(hiitYesterday, "2026-11-18", "gym");
    expect(afterHiit.reason).toBe("strengthNoIntervals");
    expect("workoutId" in afterHiit && trainingLoad(getWorkout(afterHiit.workoutId)).interval).toBe(
      false,
    );
    // Upper back yesterday, cardio behind: cardio, whatever else is due.
    const pullUps = [done("pull-ups-beginner", MONDAY), done("gym-machines", "2026-11-17")];
    const afterPulls = pickOn(pullUps, "2026-11-18", "gym");
    expect("workoutId" in afterPulls && getWorkout(afterPulls.workoutId).kinds).toContain("cardio");
    // Strength due, cardio done, the upper back worked yesterday: a lower-back day, not rows.
    const cardioDone = [
      done("run-walk-intervals", MONDAY),
      done("hiit", "2026-11-18"),
      done("run-walk-intervals", "2026-11-20"),
      done("pull-ups-beginner", "2026-11-21"),
    ];
    const sunday = pickOn(cardioDone, "2026-11-22", "gym");
    expect(sunday).toEqual({ workoutId: "home-calisthenics", reason: "strength" });
  });

  it("both hard ways blocked: rest, and says why", () => {
    // The blaster yesterday: intervals and the upper back. A dumbbell user's only strength
    // workouts that spare the upper back need nothing, and this user's last one was those.
    const log = [done("back-fat-blaster", MONDAY), done("back-fat-blaster", "2026-11-17")];
    const input: PlanInput = {
      ...planInputOf(log, "2026-11-18T18:00:00.000Z", "UTC", "dumbbells"),
      available: ["dumbbells"],
    };
    const pick = todaysPick(input);
    expect(pick).toEqual({ rest: true, reason: "afterHard" });
    expect(speakPickReason(v, pick, input.week)).toMatch(/^Yesterday was a hard day.*walk/);
  });

  it("HIIT on at most two days a week", () => {
    const log = [done("hiit", MONDAY), done("hiit", "2026-11-18")];
    const friday = pickOn(log, "2026-11-20", undefined);
    // History says only the floor: HIIT would fit, but two HIIT days are the week's share.
    expect(friday).toEqual({ workoutId: "home-calisthenics", reason: "strength" });
    const saturday = pickOn([...log, done("home-calisthenics", "2026-11-20")], "2026-11-21");
    expect(saturday).toEqual({ workoutId: "run-walk-intervals", reason: "cardio" });
  });

  it("one session a day: once today counts, rest", () => {
    const pick = pickOn([done("hiit", MONDAY)], MONDAY);
    expect(pick).toEqual({ rest: true, reason: "doneToday" });
  });

  it("a taste is not a session: three minutes of intervals yesterday do not make today easy", () => {
    const taste: ActivityEntry = {
      ...done("hiit", "2026-11-17"),
      minutes: 3,
      cardioMinutes: 3,
      completed: false,
    };
    const pick = pickOn([taste], "2026-11-18");
    expect("workoutId" in pick && getWorkout(pick.workoutId).kinds).toContain("cardio");
  });

  it("takes weeks from Monday in the user's zone: Sunday's HIIT counts as yesterday on Monday", () => {
    // 23:30 UTC on Sunday is Monday 08:30 in Tokyo.
    const sunday = { ...done("hiit", "2026-11-22"), endedAt: "2026-11-22T10:00:00.000Z" };
    const input = planInputOf([sunday], "2026-11-22T23:30:00.000Z", "Asia/Tokyo");
    expect(input.week).toEqual({ cardio: 0, strength: 0, minutes: 0, hiitDays: 0 });
    expect(input.yesterday).toEqual({ interval: true, muscles: [] });
    expect(input.doneToday).toBe(false);
    const pick = todaysPick(input);
    expect("workoutId" in pick && trainingLoad(getWorkout(pick.workoutId)).interval).toBe(false);
    // In Los Angeles it is still Sunday: the HIIT was today.
    const la = planInputOf([sunday], "2026-11-22T23:30:00.000Z", "America/Los_Angeles");
    expect(la.doneToday).toBe(true);
  });

  it("fits the usual length: a user of long sessions gets the long cardio", () => {
    const long = [
      done("rowing", "2026-11-02", 36),
      done("rowing", "2026-11-04", 36),
      done("toning-eight", "2026-11-06", 21),
    ];
    const input = planInputOf(long, "2026-11-17T18:00:00.000Z", "UTC", "gym");
    expect(input.usualMinutes).toBe(36);
    // Both due in a new week: of the two that serve both, rowing is the length they do.
    expect(todaysPick(input)).toEqual({ workoutId: "rowing", reason: "newWeek" });
    const short = planInputOf(
      [done("pull-ups-beginner", "2026-11-04", 7), done("pull-ups-beginner", "2026-11-06", 7)],
      "2026-11-17T18:00:00.000Z",
      "UTC",
      "gym",
    );
    expect(todaysPick(short)).toEqual({ workoutId: "back-fat-blaster", reason: "newWeek" });
  });

  it("says each reason from the week, numbers in words", () => {
    const week = { cardio: 1, strength: 2, minutes: 40 };
    expect(speakPickReason(v, { workoutId: "hiit", reason: "cardio" }, week)).toBe(
      "So far this week: one cardio session and two back strength sessions. Let's get your cardio in.",
    );
    expect(speakPickReason(v, { workoutId: "hiit", reason: "minutes" }, week)).toBe(
      "You've done this week's sessions, and forty minutes of the one hundred fifty minutes. One more cardio session gets you there.",
    );
    expect(
      speakPickReason(v, { workoutId: "home-band", reason: "strength" }, { ...week, strength: 0 }),
    ).toBe(
      "So far this week: one cardio session and no back strength yet. Today is for back strength.",
    );
  });
});
