import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import fc from "fast-check";
import { check } from "ssml-check-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLimitViolations } from "../../lambda/coach";
import { spokenText } from "../support/alexa-speech";
import { TEST_SKILL_ID } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

const RUNS = 10_000;
const SEED = 20261122;

const model = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../interaction-model/en-US.json"), "utf8"),
) as {
  interactionModel: { languageModel: { intents: { name: string; slots?: { name: string }[] }[] } };
};
const intents = model.interactionModel.languageModel.intents;
const slotNames = [...new Set(intents.flatMap((i) => (i.slots ?? []).map((s) => s.name)))];

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

/** Strings people and broken clients send: numbers, huge, markup-like, empty, unicode. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", "?", "0", "-5", "1e400", "NaN", "forty", "banana", "null"),
  fc.constantFrom(
    "<speak>hi</speak>",
    "<break time='99s'/>",
    "&amp;&",
    "]]><!--",
    '"; DROP TABLE',
    "🏋️‍♀️ émoji",
  ),
  fc.string({ minLength: 5000, maxLength: 20_000 }).map((s) => s.padEnd(5000, "x")),
  fc.integer().map(String),
);

/** Any JSON-ish value, for fields replaced with the wrong type. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const requestType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("IntentRequest") },
  { weight: 1, arbitrary: fc.constant("LaunchRequest") },
  { weight: 1, arbitrary: fc.constant("SessionEndedRequest") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "AlexaSkillEvent.SkillDisabled",
      "CanFulfillIntentRequest",
      "Display.ElementSelected",
      "Connections.Response",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const intent = fc.record({
  name: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...intents.map((i) => i.name)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  ),
  confirmationStatus: fc.constant("NONE"),
  slots: fc.dictionary(
    fc.oneof(fc.constantFrom(...slotNames), fc.string({ maxLength: 10 })),
    fc.record(
      {
        name: fc.string({ maxLength: 10 }),
        value: nasty,
        resolutions: fc.record({
          resolutionsPerAuthority: fc.array(
            fc.record({
              authority: fc.constant("x"),
              status: fc.record({
                code: fc.constantFrom("ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH"),
              }),
              values: fc.array(fc.record({ value: fc.record({ name: nasty, id: nasty }) }), {
                maxLength: 2,
              }),
            }),
            { maxLength: 2 },
          ),
        }),
      },
      { requiredKeys: ["name"] },
    ),
    { maxKeys: 4 },
  ),
});

const attributes = fc.oneof(
  fc.constant({}),
  fc.record({
    backCoach: fc.oneof(
      wrongType,
      fc.record({
        user: wrongType,
        stored: fc.record({ version: fc.oneof(fc.integer(), wrongType), record: wrongType }),
        pending: nasty,
        unsavedLog: wrongType,
      }),
    ),
  }),
);

const envelope = fc
  .record({
    applicationId: fc.oneof(
      { weight: 9, arbitrary: fc.constant(TEST_SKILL_ID) },
      { weight: 1, arbitrary: fc.constant("amzn1.ask.skill.someone-else") },
    ),
    userId: fc.oneof(fc.constantFrom("fuzz-a", "fuzz-b", "fuzz-c"), nasty),
    type: requestType,
    intent,
    attributes,
    newSession: fc.boolean(),
    timestamp: fc.oneof(fc.constant("2026-11-22T09:00:00Z"), nasty),
    locale: fc.constantFrom("en-US", "en-GB", "de-DE", "", "xx"),
    drop: fc.subarray([
      "session",
      "context",
      "request.timestamp",
      "request.locale",
      "request.intent",
      "context.System.user",
      "session.attributes",
      "request.requestId",
    ]),
    corrupt: fc.option(
      fc.tuple(
        fc.constantFrom(
          "request.intent",
          "session",
          "context.System",
          "request.intent.slots",
          "session.attributes",
          "context.System.user.userId",
        ),
        wrongType,
      ),
      { nil: undefined },
    ),
  })
  .map((g) => {
    const event: Record<string, unknown> = {
      version: "1.0",
      session: {
        new: g.newSession,
        sessionId: "fuzz",
        application: { applicationId: g.applicationId },
        attributes: g.attributes,
        user: { userId: g.userId },
      },
      context: {
        System: {
          application: { applicationId: g.applicationId },
          user: { userId: g.userId },
          device: { deviceId: "d" },
          apiEndpoint: "http://127.0.0.1:9",
        },
      },
      request: {
        type: g.type,
        requestId: "fuzz-request",
        timestamp: g.timestamp,
        locale: g.locale,
        intent: g.intent,
        reason: "ERROR",
      },
    };
    for (const path of g.drop) setPath(event, path, undefined);
    if (g.corrupt) setPath(event, g.corrupt[0], g.corrupt[1]);
    return { event, forOtherSkill: g.applicationId !== TEST_SKILL_ID };
  });

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== "object" || node === null) return;
  const last = keys.at(-1) as string;
  if (value === undefined) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}

/** The skill id a request names (context first, as ask-sdk reads it), if any. */
function claimedSkill(event: Record<string, unknown>): unknown {
  const read = (root: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      root,
    );
  return (
    read(event, "context", "System", "application", "applicationId") ??
    read(event, "session", "application", "applicationId")
  );
}

async function expectValidAnswer(response: ResponseEnvelope): Promise<void> {
  expect(response.version).toBe("1.0");
  expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThanOrEqual(24 * 1024);
  const speech = response.response.outputSpeech;
  if (!speech) return;
  expect(speech.type).toBe("SSML");
  if (speech.type !== "SSML") return;
  expect(await check(speech.ssml, { platform: "amazon" })).toBeUndefined();
  expect(findLimitViolations(speech.ssml, 0)).toEqual([]);
  expect(spokenText(speech.ssml)).not.toMatch(/there was a problem/i);
  if (response.response.shouldEndSession === false) {
    expect(spokenText(speech.ssml)).toMatch(/\?$/);
    expect(response.response.reprompt?.outputSpeech).toBeDefined();
  }
}

describe("fuzzing the skill with generated requests", () => {
  it(`answers ${RUNS} random and broken requests without a crash, and rejects other skills`, async () => {
    let answered = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(envelope, async ({ event, forOtherSkill }) => {
        const claimed = claimedSkill(event);
        const claimsOther = forOtherSkill && claimed !== undefined;
        try {
          const response = await skill.skill.invoke(event as unknown as RequestEnvelope);
          expect(claimsOther, "a request for another skill was answered").toBe(false);
          await expectValidAnswer(response);
          answered++;
        } catch (error) {
          // The only acceptable failure: a request that is not for this skill, or names none.
          expect(String(error)).toMatch(/skill ?id|not for this skill/i);
          expect(claimsOther || claimed === undefined, "a request for this skill was refused").toBe(
            true,
          );
          rejected++;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(answered).toBeGreaterThan(RUNS * 0.5);
    expect(rejected).toBeGreaterThan(0);
    // Every unexpected error would be logged by the error handler.
    const failures = new Set(
      skill.logs
        .filter((log) => log.message === "Request failed")
        .map((log) => JSON.stringify(log.error)),
    );
    // Broken requests are turned away before the handlers, so nothing reaches the error handler.
    expect([...failures]).toEqual([]);
  }, 240_000);
});
