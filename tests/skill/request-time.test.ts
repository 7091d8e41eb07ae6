import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requestTime } from "../../lambda/turn/turn";

/** What requestTime always meant: Date.parse, then the canonical ISO form (the epoch if absurd). */
function byDate(raw: unknown): string {
  const parsed = typeof raw === "string" ? Date.parse(raw) : Number.NaN;
  const valid =
    Number.isFinite(parsed) &&
    parsed >= Date.parse("2014-01-01T00:00:00Z") &&
    parsed < Date.parse("2100-01-01T00:00:00Z");
  return new Date(valid ? parsed : 0).toISOString();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

describe("a request's time", () => {
  it("reads Alexa's own form as Date.parse would, with or without milliseconds", () => {
    expect(requestTime("2026-11-22T09:00:07Z")).toBe("2026-11-22T09:00:07.000Z");
    expect(requestTime("2026-11-22T09:00:07.250Z")).toBe("2026-11-22T09:00:07.250Z");
    expect(requestTime("2028-02-29T23:59:59Z")).toBe("2028-02-29T23:59:59.000Z");
  });

  it("leaves days and hours out of range to Date.parse, which rolls them over", () => {
    for (const raw of ["2026-02-30T00:00:00Z", "2026-02-28T24:00:00Z", "2100-02-29T00:00:00Z"])
      expect(requestTime(raw)).toBe(byDate(raw));
  });

  it("gives the same time as Date.parse for any digits in Alexa's form, and for other forms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.integer({ min: 0, max: 999 })),
        (year, month, day, hour, minute, second, ms) => {
          const raw = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${ms === null ? "" : `.${pad(ms, 3)}`}Z`;
          expect(requestTime(raw)).toBe(byDate(raw));
        },
      ),
      { numRuns: 5000 },
    );
    for (const raw of ["2026-11-22T10:00:07+01:00", "Nov 22 2026", "", "2026-11-22", 42, null])
      expect(requestTime(raw)).toBe(byDate(raw));
  });

  it("gives the same time as Date.parse when any one character of Alexa's form is changed", () => {
    const forms = ["2026-11-22T09:00:07Z", "2026-11-22T09:00:07.250Z"];
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.nat(),
        fc.constantFrom(..."0123456789-:.TZtz +/a\u0660\uff10".split("")),
        (form, at, char) => {
          const i = at % form.length;
          const raw = `${form.slice(0, i)}${char}${form.slice(i + 1)}`;
          expect(requestTime(raw)).toBe(byDate(raw));
        },
      ),
      { numRuns: 3000 },
    );
    for (const form of forms) {
      expect(requestTime(form.slice(1))).toBe(byDate(form.slice(1)));
      expect(requestTime(`${form}Z`)).toBe(byDate(`${form}Z`));
    }
  });
});
