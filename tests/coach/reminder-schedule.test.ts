import { describe, expect, it } from "vitest";
import {
  daysOf,
  describeSchedule,
  parseClock,
  parseScheduleToken,
  type ReminderSchedule,
  recurrenceRule,
  scheduleOfRule,
  scheduleToken,
} from "../../lambda/coach";
import { voice } from "../../lambda/i18n/voice";

const v = voice("en-US");
const MWF: ReminderSchedule = { days: ["MO", "WE", "FR"], at: { hour: 7, minute: 0 } };

describe("a reminder's schedule", () => {
  it("days from resolved ids: week order, each once, sets of days expanded", () => {
    expect(daysOf(["FR", "MO", "FR"])).toEqual(["MO", "FR"]);
    expect(daysOf(["WEEKENDS", "FR"])).toEqual(["FR", "SA", "SU"]);
    expect(daysOf(["DAILY"])).toHaveLength(7);
    expect(daysOf([undefined, "XX", "monday"])).toBeUndefined();
  });

  it("a clock only in AMAZON.TIME's HH:MM form", () => {
    expect(parseClock("07:05")).toEqual({ hour: 7, minute: 5 });
    expect(parseClock("23:59")).toEqual({ hour: 23, minute: 59 });
    for (const bad of ["24:00", "7:00", "07:60", "MO", "EV", "07:00:00", "", undefined])
      expect(parseClock(bad)).toBeUndefined();
  });

  it("one weekly rule (daily for all seven days), read back the same", () => {
    const rule = recurrenceRule(MWF);
    expect(rule).toBe("FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1");
    expect(scheduleOfRule(rule)).toEqual(MWF);
    const daily = { days: daysOf(["DAILY"]) ?? [], at: { hour: 18, minute: 30 } };
    expect(recurrenceRule(daily)).toBe("FREQ=DAILY;BYHOUR=18;BYMINUTE=30;BYSECOND=0;INTERVAL=1");
    expect(scheduleOfRule(recurrenceRule(daily))).toEqual(daily);
  });

  it("a rule in any other shape is not one of ours", () => {
    for (const rule of [
      "FREQ=WEEKLY;BYDAY=MO;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=2",
      "FREQ=WEEKLY;BYDAY=MO,MO;BYHOUR=7;BYMINUTE=0",
      "FREQ=MONTHLY;BYHOUR=7;BYMINUTE=0",
      "FREQ=WEEKLY;BYDAY=XX;BYHOUR=7;BYMINUTE=0",
      "FREQ=DAILY;BYHOUR=25;BYMINUTE=0",
      "FREQ=DAILY;BYHOUR=7;BYHOUR=8;BYMINUTE=0",
      42,
      "x".repeat(500),
    ])
      expect(scheduleOfRule(rule)).toBeUndefined();
  });

  it("the consent token round-trips, and nothing else parses", () => {
    expect(scheduleToken(MWF)).toBe("MO,WE,FR@07:00");
    expect(parseScheduleToken("MO,WE,FR@07:00")).toEqual(MWF);
    for (const bad of [
      "FR,MO@07:00",
      "MO,MO@07:00",
      "MO@7:00",
      "MO@24:00",
      "@07:00",
      "MO,WE",
      undefined,
    ])
      expect(parseScheduleToken(bad)).toBeUndefined();
  });

  it("said as a person says it", () => {
    expect(describeSchedule(v, MWF)).toBe("every Monday, Wednesday, and Friday at seven a.m.");
    expect(
      describeSchedule(v, { days: ["MO", "TU", "WE", "TH", "FR"], at: { hour: 18, minute: 30 } }),
    ).toBe("every weekday at six thirty p.m.");
    expect(describeSchedule(v, { days: ["SU"], at: { hour: 0, minute: 0 } })).toBe(
      "every Sunday at midnight",
    );
    expect(describeSchedule(v, { days: ["SA"], at: { hour: 12, minute: 15 } })).toBe(
      "every Saturday at twelve fifteen p.m.",
    );
    expect(describeSchedule(v, { days: ["TH"], at: { hour: 9, minute: 5 } })).toBe(
      "every Thursday at nine oh five a.m.",
    );
  });
});
