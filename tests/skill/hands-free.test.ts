import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALEXA_LIMITS, estimateSsmlSeconds, findLimitViolations } from "../../lambda/coach";
import { ECHO_SHOW_8, renderDocument, said, type TestDevice } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/**
 * Hands-free: "keep going without asking" makes each workout answer run on to the next natural
 * rest between moves. The test device barges in N seconds into an answer (interrupt), and each
 * answer is checked against Alexa's limits and our 240 seconds.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

function ssmlOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  if (speech?.type !== "SSML") throw new Error("no speech");
  return speech.ssml;
}

/** Seconds into an answer where `text` begins, by the same estimate the skill makes. */
function secondsBefore(response: ResponseEnvelope, text: string): number {
  const ssml = ssmlOf(response);
  const at = ssml.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in the answer`);
  return estimateSsmlSeconds(`${ssml.slice(0, at)}</speak>`);
}

/** Our own rule on top of the device's checks: no answer says more than 240 seconds. */
function expectWithinLimits(response: ResponseEnvelope): void {
  const ssml = ssmlOf(response);
  expect(findLimitViolations(ssml, estimateSsmlSeconds(ssml))).toEqual([]);
  expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThanOrEqual(24 * 1024);
}

async function handsFree(userId: string): Promise<TestDevice> {
  const device = skill.device(userId);
  await device.launch();
  expect(said(await device.intent("HandsFreeOnIntent"))).toMatch(/^Okay, hands-free/);
  return device;
}

/** "Ready" until the workout is over: every answer, and the questions the workout asked. */
async function walk(device: TestDevice, first: ResponseEnvelope): Promise<ResponseEnvelope[]> {
  const answers = [first];
  for (let i = 0; i < 60 && device.sessionOpen; i++) {
    const last = said(answers[answers.length - 1] as ResponseEnvelope);
    if (/feel: too easy|tip before you go/.test(last)) break;
    answers.push(await device.intent("ReadyIntent"));
  }
  return answers;
}

describe("the setting", () => {
  it("turns on, is remembered in the next session, and turns off", async () => {
    const device = await handsFree("hands-free-remembered");
    await device.intent("AMAZON.StopIntent");
    await device.launch();
    const first = said(await device.intent("StartWorkoutIntent", {}));
    // The introduction runs into the set and the set into its cardio: one answer, one question.
    expect(first).toMatch(
      /twelve reps\..*Get into position\. Go\. one .* twelve .*Straight into jumping jacks.*And stop!.* Ready for the next move\?$/,
    );
    expect(said(await device.intent("HandsFreeOffIntent"))).toMatch(
      /^Okay, hands-free is off: I'll ask before each set again\. .*\?$/,
    );
    await device.intent("AMAZON.StopIntent");
    await device.launch();
    await device.intent("AMAZON.StartOverIntent");
    const again = said(await device.intent("StartWorkoutIntent", {}));
    expect(again).toMatch(/Palms up.* Ready\?$/);
    expect(again).not.toContain("Get into position");
  });

  it("says so when it is already on or off, and changes nothing else", async () => {
    const device = await handsFree("hands-free-twice");
    expect(said(await device.intent("HandsFreeOnIntent"))).toMatch(/^Hands-free is already on/);
    await device.intent("HandsFreeOffIntent");
    expect(said(await device.intent("HandsFreeOffIntent"))).toMatch(/^Hands-free is already off/);
  });

  it("turned on over a set's question: the next answer runs on", async () => {
    const device = skill.device("hands-free-midway");
    expect(said(await device.intent("StartWorkoutIntent", {}))).toMatch(/Ready\?$/);
    expect(said(await device.intent("HandsFreeOnIntent"))).toMatch(/Ready\?$/);
    const run = said(await device.intent("ReadyIntent"));
    expect(run).toMatch(/twelve .*Straight into jumping jacks.*And stop!/);
    expect(run).not.toContain("How was that");
  });
});

describe("the fifteen-minute blaster, walked with 'ready'", () => {
  it("asks five questions hands-free (one per round) and the rating at the end; 15 with a question per segment", async () => {
    const free = await handsFree("blaster-hands-free");
    const runs = await walk(free, await free.intent("StartWorkoutIntent", {}));
    for (const answer of runs) expectWithinLimits(answer);
    const questions = runs.map((r) =>
      said(r)
        .split(/(?<=[.!?]) /)
        .at(-1),
    );
    expect(runs).toHaveLength(5);
    // Never "how was that?" between a move and its cardio: the moves are asked about at the end.
    expect(runs.slice(0, -1).every((r) => !said(r).includes("How was that"))).toBe(true);
    expect(questions.at(-1)).toBe("How did that workout feel: too easy, about right, or too hard?");
    expect(said(runs.at(-1) as ResponseEnvelope)).toMatch(/That's the end of the back fat blaster/);

    const asked = skill.device("blaster-asking");
    const segments = await walk(asked, await asked.intent("StartWorkoutIntent", {}));
    // Each segment asks, and five of them ask "how was that?" after a move's last set.
    expect(segments).toHaveLength(15);
    expect(segments.filter((r) => said(r).includes("How was that")).length).toBe(5);
    console.info(
      `back fat blaster, questions asked: ${segments.length} one segment at a time, ${runs.length} hands-free`,
    );
  });
});

describe("barge-in inside a long answer", () => {
  it("pause in the second segment (the set): the introduction counts, the set is picked up", async () => {
    const device = await handsFree("hands-free-pause-in-set");
    const run = await device.intent("StartWorkoutIntent", {});
    device.interrupt(secondsBefore(run, "Get into position") + 15);
    expect(said(await device.intent("AMAZON.PauseIntent"))).toMatch(/^Paused/);
    device.wait(3 * 24 * 3600);
    expect(said(await device.launch())).toMatch(
      /^Welcome back to Back Coach\. You stopped partway through .*reverse-grip double-arm rows/,
    );
    const resumed = said(await device.intent("AMAZON.YesIntent"));
    // The set from its start (not the introduction again), and on through its cardio.
    expect(resumed).toMatch(/^Picking up where you left off\. Go\. one .*twelve .*jumping jacks/);
    expect(resumed).not.toContain("Palms up");
  });

  it("'what's next' in the hard minute of the cardio: the next move, then back into the phase", async () => {
    const device = await handsFree("hands-free-whats-next");
    const run = await device.intent("StartWorkoutIntent", {});
    device.interrupt(secondsBefore(run, "Now go hard") + 10);
    expect(said(await device.intent("WhatsNextIntent"))).toMatch(
      /^Next up is side plank arm extensions/,
    );
    const back = said(await device.intent("ReadyIntent"));
    // The hard minute again from its call, not the moderate one before it.
    expect(back).toMatch(
      /^Back to where you were\. Jumping jacks, one minute, as hard as you can\./,
    );
    expect(back).not.toMatch(/moderate/i);
    expect(back).toMatch(/And stop!.* Ready to move on\?$/);
  });

  it("'how much is left' during the set answers from the set, not the end of the answer", async () => {
    const device = await handsFree("hands-free-time-left");
    const run = await device.intent("StartWorkoutIntent", {});
    device.interrupt(secondsBefore(run, "Get into position") + 15);
    const left = said(await device.intent("TimeLeftIntent"));
    // From the rows' set, where the user is: their cardio is still to come.
    expect(left).toMatch(/with nine more moves after this one\./);
  });

  it("stop during a timed rest between sets: days later, that set from the top, then on as before", async () => {
    const device = await handsFree("hands-free-rest");
    const run = await device.intent("StartWorkoutIntent", {
      workoutKind: { value: "home", id: "home" },
    });
    expectWithinLimits(run);
    expect(said(run)).toMatch(/Set one of .*Rest for .*Set two of /);
    device.interrupt(secondsBefore(run, "Rest for") + 8);
    await device.intent("AMAZON.StopIntent");
    device.wait(2 * 24 * 3600);
    // The rest is the end of its set's segment, so the set was cut off, as one segment at a
    // time would have it: the set again from its start.
    expect(said(await device.launch())).toMatch(
      /You stopped partway through set one of lumbar extensions, .*Do that set again from the top\?$/,
    );
    const resumed = await device.intent("AMAZON.YesIntent");
    expectWithinLimits(resumed);
    expect(said(resumed)).toMatch(
      /^Picking up where you left off\. Set one of three\. .*Set two of three\./,
    );
  });

  it("silence at a stop: the reprompt, and the place is kept", async () => {
    const device = await handsFree("hands-free-silence");
    const run = await device.intent("StartWorkoutIntent", {});
    expect(run.response.reprompt).toBeDefined();
    await device.end("EXCEEDED_MAX_REPROMPTS");
    expect(said(await device.launch())).toMatch(/You were on side plank arm extensions/);
  });
});

describe("untrusted state", () => {
  it("a forged run of segments in the session is dropped, and the work heard stays", async () => {
    const device = await handsFree("hands-free-forged");
    await device.intent("StartWorkoutIntent", {});
    const attributes = (device.responses.at(-1)?.sessionAttributes ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    const state = attributes.backCoach as Record<string, unknown>;
    const stretch = state.stretch as Record<string, unknown>;
    const spoken = stretch.spoken as Record<string, unknown>;
    expect(Array.isArray(spoken.following)).toBe(true);
    device.tamper({
      backCoach: {
        ...state,
        stretch: {
          ...stretch,
          spoken: { ...spoken, following: [{ startsAt: -5, seconds: 9000, variety: "x" }] },
        },
      },
    });
    const reply = said(await device.intent("ReadyIntent"));
    expect(reply).not.toMatch(/problem/i);
    expect(reply).toMatch(/\?$/);
  });
});

describe("a screen device", () => {
  it("one screen per answer, a page per segment starting where its segment starts, under 24 KB", async () => {
    const device = await handsFree("hands-free-show");
    device.screen = ECHO_SHOW_8;
    const run = await device.intent("StartWorkoutIntent", {});
    expectWithinLimits(run);
    const pages = renderDocument(run)?.datasources?.screen?.pages as {
      move: string;
      shownFrom: number;
      shownUntil: number;
    }[];
    expect(pages.map((p) => p.move)).toEqual([
      "Reverse-grip double-arm rows",
      "Reverse-grip double-arm rows",
      "Jumping jacks",
    ]);
    const cardioFrom = pages[2]?.shownFrom ?? 0;
    expect(Math.abs(cardioFrom / 1000 - secondsBefore(run, "Knees soft"))).toBeLessThan(6);
    expect(pages[1]?.shownUntil).toBe(cardioFrom);
    expect(ALEXA_LIMITS.maxSpeechSeconds).toBe(240);
  });
});
