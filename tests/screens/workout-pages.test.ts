import { describe, expect, it } from "vitest";
import { FRESH_VARIETY } from "../../lambda/coach/lines";
import type { WorkoutProgress } from "../../lambda/coach/position";
import { voice } from "../../lambda/i18n/voice";
import { workoutRunScreen, workoutScreen } from "../../lambda/screens/workout-screen";

/**
 * A lone workout page (most answers) is made once per page and shared by every turn that shows
 * it: frozen, so no turn can change what another sends. An answer of several segments
 * (hands-free) gets pages timed to its own voice.
 */

const v = voice("en-US");
const at = (segmentIndex: number): WorkoutProgress => ({
  workoutId: "back-fat-blaster",
  segmentIndex,
  status: "active",
  varietyAtSegment: FRESH_VARIETY,
});

describe("the workout screen's pages", () => {
  it("shares one frozen screen per page, asking or not", () => {
    const asking = workoutScreen(v, at(2), 2, true);
    expect(workoutScreen(v, at(2), 2, true)).toBe(asking);
    expect(workoutRunScreen(v, at(2), [{ segmentIndex: 2, startsAt: 0 }], true)).toBe(asking);
    expect(Object.isFrozen(asking.data)).toBe(true);
    expect(() => {
      (asking.data as Record<string, unknown>).pages = [];
    }).toThrow(TypeError);
    const going = workoutScreen(v, at(2), 2, false);
    expect(going).not.toBe(asking);
    expect(going.data.pages).toEqual(asking.data.pages);
    expect(workoutScreen(v, at(3), 3, true)).not.toBe(asking);
  });

  it("times each page of a hands-free answer to its segment", () => {
    const run = workoutRunScreen(
      v,
      at(2),
      [
        { segmentIndex: 2, startsAt: 0 },
        { segmentIndex: 3, startsAt: 61.5 },
      ],
      false,
    );
    const pages = run.data.pages as readonly Record<string, unknown>[];
    expect(pages.map((p) => [p.shownFrom, p.shownUntil])).toEqual([
      [0, 61_500],
      [61_500, 24 * 60 * 60 * 1000],
    ]);
    // The lone page of segment 2 is untouched by the run that showed it first.
    expect(
      (workoutScreen(v, at(2), 2, false).data.pages as readonly Record<string, unknown>[])[0],
    ).toMatchObject({ shownFrom: 0, shownUntil: 24 * 60 * 60 * 1000 });
  });
});
