import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { latestFirst } from "../../../lambda/canonical-time";
import {
  type ActivityEntry,
  localDate,
  speakLastWorkout,
  speakWeek,
  spokenDay,
  summarizeWeek,
  weekStart,
} from "../../../lambda/coach";
import { DEFAULT_LOCALE } from "../../../lambda/i18n/locales";
import { voice } from "../../../lambda/i18n/voice";
import { expectValidAlexaSpeech, spokenText } from "../../support/alexa-speech";

const v = voice(DEFAULT_LOCALE);

const entry = (
  endedAt: string,
  workoutId = "back-fat-blaster",
  minutes = 16,
  completed = true,
): ActivityEntry => ({
  workoutId,
  endedAt,
  minutes,
  completed,
  moves: completed ? 10 : 3,
  totalMoves: 10,
});

describe("the user's calendar", () => {
  it("takes the day from the user's time zone, not UTC", () => {
    // 23:30 UTC on Sunday is already Monday in Berlin and still Sunday in Los Angeles.
    expect(localDate("2026-11-22T23:30:00Z", "Europe/Berlin")).toBe("2026-11-23");
    expect(localDate("2026-11-22T23:30:00Z", "America/Los_Angeles")).toBe("2026-11-22");
    expect(localDate("2026-11-22T23:30:00Z", "Not/AZone")).toBe("2026-11-22");
  });

  it("reads a day in UTC from the time itself, as the platform's calendar does, with no formatter", async () => {
    const platform = new Intl.DateTimeFormat("en-CA", {
      timeZone: "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    // A calendar of its own, whose formatters none of this file's other tests have made yet.
    vi.resetModules();
    const fresh = await import("../../../lambda/coach/progress/calendar");
    const Platform = Intl.DateTimeFormat;
    let made = 0;
    class Counted extends Platform {
      constructor(...args: ConstructorParameters<typeof Platform>) {
        super(...args);
        made++;
      }
    }
    Object.defineProperty(Intl, "DateTimeFormat", { value: Counted, configurable: true });
    try {
      fc.assert(
        fc.property(
          fc.date({
            min: new Date("2000-01-01T00:00:00Z"),
            max: new Date("2100-01-01T00:00:00Z"),
            noInvalidDate: true,
          }),
          (date) => {
            expect(fresh.localDate(date.toISOString(), "UTC")).toBe(platform.format(date));
          },
        ),
      );
      expect(fresh.isKnownTimeZone("UTC")).toBe(true);
      expect(fresh.canonicalTimeZone("UTC")).toBe("UTC");
      // The zone of every user without one never pages in the platform's time-zone data.
      expect(made).toBe(0);
      // A named zone does (the count sees it), and its day is still the zone's own.
      expect(fresh.localDate("2026-11-22T23:30:00Z", "Europe/Berlin")).toBe("2026-11-23");
      expect(made).toBeGreaterThan(0);
    } finally {
      Object.defineProperty(Intl, "DateTimeFormat", { value: Platform, configurable: true });
    }
  });

  it("sorts canonical times latest first, by their characters alone", () => {
    const times = [
      "2026-11-22T09:00:00.000Z",
      "2025-12-31T23:59:59.999Z",
      "2026-11-22T10:00:00.000Z",
    ];
    expect([...times].sort(latestFirst)).toEqual([
      "2026-11-22T10:00:00.000Z",
      "2026-11-22T09:00:00.000Z",
      "2025-12-31T23:59:59.999Z",
    ]);
    expect(latestFirst(times[0] as string, times[0] as string)).toBe(0);
  });

  it("starts weeks on Monday", () => {
    expect(weekStart("2026-11-22")).toBe("2026-11-16"); // a Sunday
    expect(weekStart("2026-11-23")).toBe("2026-11-23"); // a Monday
  });

  it("says days the way people do", () => {
    expect(spokenDay(v, "2026-11-22", "2026-11-22")).toBe("today");
    expect(spokenDay(v, "2026-11-21", "2026-11-22")).toBe("yesterday");
    expect(spokenDay(v, "2026-11-17", "2026-11-22")).toBe("on Tuesday");
    expect(spokenDay(v, "2026-11-03", "2026-11-22")).toBe("on November 3");
  });
});

describe("summarizeWeek", () => {
  const now = "2026-11-22T18:00:00Z"; // Sunday evening in UTC
  const entries = [
    entry("2026-11-16T07:00:00Z"), // Monday: blaster (cardio + strength)
    entry("2026-11-18T07:00:00Z", "hiit", 15), // Wednesday: cardio
    entry("2026-11-21T07:00:00Z", "dumbbell-back-shoulders", 8, false), // Saturday, partway...
    entry("2026-11-21T09:00:00Z", "dumbbell-back-shoulders", 9, true), // ...and finished later
    entry("2026-11-22T07:00:00Z", "home-calisthenics", 13), // Sunday: strength
    entry("2026-11-15T07:00:00Z", "rowing", 34), // last Sunday: not this week
    entry("2026-11-08T07:00:00Z", "rowing", 34),
  ];

  it("counts this week's workouts and minutes against the targets", () => {
    expect(summarizeWeek(entries, now, "UTC")).toEqual({
      today: "2026-11-22",
      sessions: 4,
      minutes: 61,
      cardioSessions: 2,
      strengthSessions: 3,
      dayStreak: 2, // Saturday and Sunday
      weekStreak: 3,
      // Monday to Sunday: Saturday's two parts added up.
      dayMinutes: [16, 0, 15, 0, 0, 17, 13],
    });
  });

  it("moves the week boundary with the time zone", () => {
    // In Tokyo it is already Monday the 23rd: a new week with nothing in it yet.
    const tokyo = summarizeWeek(entries, "2026-11-22T18:00:00Z", "Asia/Tokyo");
    expect(tokyo).toMatchObject({
      today: "2026-11-23",
      sessions: 0,
      minutes: 0,
      dayStreak: 2,
      weekStreak: 3,
    });
  });

  it("keeps a streak alive until the end of today", () => {
    const yesterdayOnly = [entry("2026-11-21T07:00:00Z"), entry("2026-11-20T07:00:00Z")];
    expect(summarizeWeek(yesterdayOnly, now, "UTC").dayStreak).toBe(2);
    expect(summarizeWeek(yesterdayOnly, "2026-11-23T18:00:00Z", "UTC").dayStreak).toBe(0);
  });
});

describe("speaking progress", () => {
  it("reads the week with one next step", async () => {
    const speech = speakWeek(v, {
      today: "2026-11-22",
      sessions: 2,
      minutes: 31,
      cardioSessions: 2,
      strengthSessions: 1,
      dayStreak: 1,
      weekStreak: 2,
      dayMinutes: [16, 0, 15, 0, 0, 0, 0],
    });
    expect(spokenText(speech.ssml)).toBe(
      "This week you've worked out twice, thirty-one minutes in all. That's 31 of the 150 minutes a week to aim for. Cardio: twice, of three or four. Back strength: once, of two or three. That's two weeks running. Next step: another cardio workout of thirty minutes or more, like the two-round back fat blaster or HIIT.",
    );
    await expectValidAlexaSpeech(speech);
  });

  it("encourages a first workout of the week", () => {
    const text = spokenText(
      speakWeek(v, {
        today: "2026-11-23",
        sessions: 0,
        minutes: 0,
        cardioSessions: 0,
        strengthSessions: 0,
        dayStreak: 0,
        weekStreak: 1,
        dayMinutes: [0, 0, 0, 0, 0, 0, 0],
      }).ssml,
    );
    expect(text).toBe(
      "You haven't worked out yet this week. You were active last week, so let's keep that going. A round of the back fat blaster today would be a great start.",
    );
  });

  it("says what was done last time, and when, in the user's time zone", () => {
    const last = entry("2026-11-22T02:00:00Z", "hiit", 15);
    expect(spokenText(speakLastWorkout(v, last, "2026-11-22T18:00:00Z", "UTC").ssml)).toBe(
      "Earlier today, you did fifteen minutes of HIIT at home, and finished it.",
    );
    // 02:00 UTC is still the evening before in New York.
    expect(
      spokenText(speakLastWorkout(v, last, "2026-11-22T18:00:00Z", "America/New_York").ssml),
    ).toMatch(/^Yesterday, you did/);
    expect(spokenText(speakLastWorkout(v, undefined, "2026-11-22T18:00:00Z", "UTC").ssml)).toBe(
      "You haven't done a workout with me yet.",
    );
  });
});
