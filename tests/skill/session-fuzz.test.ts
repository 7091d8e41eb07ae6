import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSessionState } from "../../lambda/turn/parse-session-state";
import { said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * A session's state comes back from the client, and a client may send anything anywhere in
 * it. Any one part of a real mid-workout state replaced by any JSON value: reading it never
 * throws, and the turn gets a real answer, never the error line.
 */

let skill: TestSkill;
let real: Record<string, unknown>;
beforeAll(async () => {
  skill = await startTestSkill();
  const device = skill.device("fuzz-source");
  await device.launch();
  await device.intent("StartWorkoutIntent", {});
  await device.intent("ReadyIntent");
  const paused = await device.intent("ReadyIntent");
  real = paused.sessionAttributes?.backCoach as Record<string, unknown>;
});
afterAll(() => skill.close());

type Path = readonly (string | number)[];

/** Every place in a JSON value: each key of each object and each item of each list. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, v]) => [[...at, key], ...pathsOf(v, [...at, key])]);
}

function replacedAt(value: unknown, path: Path, by: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return by;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[Number(key)] = replacedAt(copy[Number(key)], rest, by);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  copy[key] = replacedAt(copy[key], rest, by);
  return copy;
}

/** What a user says next, mid-workout: each reads the state its own way. */
const ASKED = [
  "WhatsNextIntent",
  "ReadyIntent",
  "AMAZON.PauseIntent",
  "AMAZON.RepeatIntent",
  "TimeLeftIntent",
  "AMAZON.NextIntent",
  "AMAZON.ResumeIntent",
  "HowToIntent",
] as const;

const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, "", 0, -1, 0.5, 1e300, "2026-13-45T99:99:99Z", [], {}),
);

describe("a session state with any one part replaced", () => {
  it("is read without throwing: a state, or no state at all", () => {
    const paths = pathsOf(real);
    expect(paths.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...paths), junk, (path, value) => {
        const state = parseSessionState(replacedAt(real, path, value), "2026-11-22T09:10:00.000Z");
        expect(state === undefined || typeof state === "object").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("gets a real answer to whatever is said next, never the error line", async () => {
    const paths = pathsOf(real);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        junk,
        fc.constantFrom(...ASKED),
        async (path, value, intent) => {
          const device = skill.device(`fuzz-${path.join(".")}`);
          await device.launch();
          device.tamper({ backCoach: replacedAt(real, path, value) });
          const answer = said(await device.intent(intent));
          expect(answer).not.toMatch(/went wrong|problem/i);
        },
      ),
      { numRuns: 400 },
    );
  });
});
