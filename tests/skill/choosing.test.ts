import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elicited, said } from "../support/device";
import { startTestSkill, type TestSkill } from "../support/test-skill";

/** Issue 12 item 7: length, kit and level together; the kit asked once and remembered. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.close());

const ASKED = /what have you got to work with\? Nothing, a band, dumbbells, or a gym\?$/;
const kit = (value: string, id: string) => ({ equipment: { value, id } });
const minutes = (n: number) => ({ minutes: String(n) });

const key = (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" });
const storedRecord = async (userId: string) =>
  (
    await skill.table.documents.send(
      new GetCommand({ TableName: skill.table.tableName, Key: key(userId) }),
    )
  ).Item;

function stateOf(response: ResponseEnvelope): Record<string, unknown> {
  return (response.sessionAttributes?.backCoach ?? {}) as Record<string, unknown>;
}

describe("a workout asked for by length, with no kit known", () => {
  it("asks once what the user has, as a dialog turn for the equipment slot", async () => {
    const device = skill.device("ten-asked");
    await device.launch();
    const asked = await device.intent("StartWorkoutIntent", minutes(10));
    expect(said(asked)).toMatch(ASKED);
    expect(elicited(asked)).toBe("equipment");
  });

  it.each([
    [
      "nothing",
      "none",
      /^Got it: just your body\. .*The shortest I have with no equipment is home calisthenics, about thirteen minutes\. This is home calisthenics/,
    ],
    ["a band", "band", /^Got it: a band\. .*The shortest I have with a band is home calisthenics/],
    [
      "a pair of dumbbells",
      "dumbbells",
      /^Got it: dumbbells\. .*The shortest I have with dumbbells is home calisthenics, about thirteen minutes\. This is home calisthenics/,
    ],
    [
      "gym",
      "gym-machine",
      /^Got it: the gym\. .*This is the gym machine workout, about ten minutes/,
    ],
  ])("'a ten minute workout', then '%s'", async (value, id, expected) => {
    const device = skill.device(`ten-${id}`);
    await device.launch();
    await device.intent("StartWorkoutIntent", minutes(10));
    const reply = said(await device.intent("StartWorkoutIntent", kit(value, id)));
    expect(reply).toMatch(expected);
    expect(reply).toMatch(/Ready\?$/);
    expect(reply).not.toContain("advanced");
  });

  it("remembers the answer: a new session is not asked again, and picks for that kit", async () => {
    const device = skill.device("remembers-band");
    await device.launch();
    await device.intent("StartWorkoutIntent", minutes(20));
    await device.intent("StartWorkoutIntent", kit("resistance band", "band"));
    await device.intent("AMAZON.StopIntent");
    expect((await storedRecord("remembers-band"))?.equipment).toBe("band");
    // The launch offer, and "yes" to it, fit the band too.
    expect(said(await device.launch())).toMatch(/Pick up there\?$/);
    await device.intent("AMAZON.NoIntent");
    const again = said(await device.intent("StartWorkoutIntent", minutes(20)));
    expect(again).not.toMatch(ASKED);
    expect(again).toMatch(/^This is the home back workout with a resistance band/);
  });

  it("offers the workout that fits the remembered kit at launch", async () => {
    const device = skill.device("offer-none");
    await device.intent("StartWorkoutIntent", kit("nothing", "none"));
    await device.intent("AMAZON.StopIntent");
    await device.launch();
    await device.intent("AMAZON.NoIntent");
    await device.intent("AMAZON.StopIntent");
    const launch = await device.launch();
    // The unfinished home workout is offered first; finished with it, the offer fits no kit.
    expect(said(launch)).toMatch(/Pick up there\?$/);
  });

  it.each([
    [
      "none",
      "nothing",
      5,
      /^The shortest I have with no equipment is home calisthenics, about thirteen minutes\./,
    ],
    ["gym-machine", "gym", 5, /^This is the beginner pull-up progression/],
    [
      "dumbbells",
      "dumbbells",
      20,
      /^The closest I have to twenty minutes with dumbbells is dumbbell back and shoulders, about seventeen minutes\. This is dumbbell back and shoulders/,
    ],
    ["band", "band", 20, /^This is the home back workout with a resistance band/],
    [
      "none",
      "nothing",
      20,
      /^The closest I have to twenty minutes with no equipment is run and walk intervals, about twenty-five minutes\./,
    ],
    [
      "gym-machine",
      "gym",
      60,
      /^The longest I have at the gym is rowing and back strength, about thirty-four minutes\. When it's done, I'll offer run and walk intervals, to make about fifty-nine minutes in all\./,
    ],
    [
      "dumbbells",
      "dumbbells",
      60,
      /^The longest I have with dumbbells is the two-round back fat blaster, about thirty-two minutes\. When it's done, I'll offer run and walk intervals, to make about fifty-seven minutes in all\./,
    ],
    [
      "gym-machine",
      "gym",
      120,
      /^The longest I have at the gym is rowing and back strength, about thirty-four minutes\. When it's done, I'll offer the two-round back fat blaster, then rowing and back strength, then the eight-move back toning routine, to make about one hundred nineteen minutes in all\./,
    ],
  ])("kit %s (%s), %i minutes", async (id, value, length, expected) => {
    const device = skill.device(`len-${id}-${length}`);
    await device.intent("StartWorkoutIntent", kit(value, id));
    await device.intent("AMAZON.StopIntent");
    const reply = said(await device.intent("StartWorkoutIntent", minutes(length)));
    expect(reply.replace(/^Welcome.*?advice\.[^.]*\.\s*/, "")).toMatch(expected);
  });

  it.each([
    [{ level: { value: "advanced", id: "advanced" } }, 10, /advanced pull-up workout/],
    [{ level: { value: "beginner", id: "beginner" } }, 10, /^This is the gym machine workout/],
    [{ level: { value: "advanced", id: "advanced" } }, 30, /The back fat blaster, twice through/],
  ])("level and length at the gym: %j, %i minutes", async (level, length, expected) => {
    const device = skill.device(`level-${JSON.stringify(level)}-${length}`);
    await device.intent("StartWorkoutIntent", kit("gym", "gym-machine"));
    await device.intent("AMAZON.StopIntent");
    expect(
      said(await device.intent("StartWorkoutIntent", { ...level, ...minutes(length) })),
    ).toMatch(expected);
  });

  it("meets a level with what the kit allows: advanced with a band is HIIT", async () => {
    const device = skill.device("advanced-band");
    const reply = said(
      await device.intent("StartWorkoutIntent", {
        ...kit("band", "band"),
        level: { value: "advanced", id: "advanced" },
      }),
    );
    expect(reply).toMatch(/This is high intensity intervals/);
  });

  it("says when a level is not there, and picks the nearest", async () => {
    const device = skill.device("no-advanced-rowing");
    const reply = said(
      await device.intent("StartWorkoutIntent", {
        workoutKind: { value: "rowing", id: "rowing" },
        level: { value: "advanced", id: "advanced" },
      }),
    );
    expect(reply).toMatch(
      /I don't have a workout at that level at the gym, so here's the nearest one\. This is rowing/,
    );
  });
});

describe("the kit said in the request, and changed later", () => {
  it("uses and remembers 'I only have dumbbells', then 'I'm at the gym today' replaces it", async () => {
    const device = skill.device("changer");
    const first = said(await device.intent("StartWorkoutIntent", kit("dumbbells", "dumbbells")));
    expect(first).toMatch(/Got it: dumbbells\./);
    await device.intent("AMAZON.StopIntent");
    expect((await storedRecord("changer"))?.equipment).toBe("dumbbells");
    const gym = said(await device.intent("StartWorkoutIntent", kit("gym", "gym-machine")));
    expect(gym).toMatch(/^Got it: the gym\. .*This is the gym machine workout/);
    await device.intent("AMAZON.StopIntent");
    expect((await storedRecord("changer"))?.equipment).toBe("gym");
    // Saying the same kit again is not news.
    expect(said(await device.intent("StartWorkoutIntent", kit("gym", "gym-machine")))).not.toMatch(
      /Got it/,
    );
  });

  it("takes 'a band workout' as having a band when nothing was known, without asking", async () => {
    const device = skill.device("band-kind");
    const reply = said(
      await device.intent("StartWorkoutIntent", { workoutKind: { value: "band", id: "band" } }),
    );
    expect(reply).toMatch(/home back workout with a resistance band/);
    await device.intent("AMAZON.StopIntent");
    expect((await storedRecord("band-kind"))?.equipment).toBe("band");
  });

  it("never asks for a workout named by kind or a bare request", async () => {
    for (const slots of [{}, { workoutKind: { value: "back fat blaster", id: "blaster" } }]) {
      const device = skill.device(`no-ask-${Object.keys(slots).length}`);
      expect(said(await device.intent("StartWorkoutIntent", slots))).not.toMatch(ASKED);
    }
  });
});

describe("answering the kit question some other way", () => {
  async function asked(userId: string) {
    const device = skill.device(userId);
    await device.launch();
    await device.intent("StartWorkoutIntent", minutes(10));
    return device;
  }

  it("'help': explains and asks again; the answer then still gets ten minutes", async () => {
    const device = await asked("kit-help");
    const help = await device.intent("AMAZON.HelpIntent");
    expect(said(help)).toMatch(/^I pick each workout to suit what you have.*or a gym\?$/);
    expect(elicited(help)).toBe("equipment");
    expect(said(await device.intent("StartWorkoutIntent", kit("nothing", "none")))).toMatch(
      /The shortest I have with no equipment/,
    );
  });

  it("'stop': goodbye, nothing stored or lost; the next session asks again", async () => {
    const device = await asked("kit-stop");
    expect(said(await device.intent("AMAZON.StopIntent"))).toBe(
      "Okay, see you next time. Keep moving!",
    );
    expect((await storedRecord("kit-stop"))?.equipment).toBeUndefined();
    expect(said(await device.intent("StartWorkoutIntent", minutes(10)))).toMatch(ASKED);
  });

  it("a different request is answered, and the kit said later still completes the ten minutes", async () => {
    const device = await asked("kit-detour");
    expect(said(await device.intent("ProteinIntent"))).toMatch(/protein/i);
    expect(said(await device.intent("StartWorkoutIntent", kit("dumbbells", "dumbbells")))).toMatch(
      /The shortest I have with dumbbells is home calisthenics/,
    );
  });

  it("'I don't know' or nonsense: asked again with a way out, then one that needs nothing", async () => {
    const device = await asked("kit-unsure");
    const again = await device.intent("StartWorkoutIntent", { equipment: "I don't know" });
    expect(said(again)).toMatch(/^Sorry, I didn't get that\. If you're not sure, say nothing/);
    expect(elicited(again)).toBe("equipment");
    const then = said(await device.intent("StartWorkoutIntent", { equipment: "banana" }));
    expect(then).toMatch(/^No problem: here's one that needs nothing but you\./);
    expect(then).toMatch(/home calisthenics/);
    await device.intent("AMAZON.StopIntent");
    expect((await storedRecord("kit-unsure"))?.equipment).toBeUndefined();
  });

  it("'no' is a workout that needs nothing; 'yes' is asked which", async () => {
    const device = await asked("kit-yes-no");
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Which is it: nothing/);
    expect(said(await device.intent("AMAZON.NoIntent"))).toMatch(
      /^No problem: here's one that needs nothing but you\..*home calisthenics/,
    );
  });

  it("a new workout request instead replaces the one that waited", async () => {
    const device = await asked("kit-new-request");
    expect(
      said(
        await device.intent("StartWorkoutIntent", {
          workoutKind: { value: "rowing", id: "rowing" },
        }),
      ),
    ).toMatch(/^This is rowing and back strength/);
  });
});

describe("a long session's next workout", () => {
  it("is offered as the first one ends, and 'yes' starts it", async () => {
    const device = skill.device("long-session");
    await device.intent("StartWorkoutIntent", kit("nothing", "none"));
    await device.intent("AMAZON.StopIntent");
    // 45 minutes with nothing: run and walk intervals, then home calisthenics.
    const start = said(await device.intent("StartWorkoutIntent", minutes(45)));
    expect(start).toMatch(/I'll offer home calisthenics/);
    let reply = "";
    for (let i = 0; i < 40 && !/minutes more\?$/.test(reply); i++)
      reply = said(await device.intent("ReadyIntent"));
    // The closing line, then straight on: no tip question in between.
    expect(reply).toMatch(
      /That's the end of run and walk intervals\. .* You wanted about forty-five minutes today\. Shall we go straight on to home calisthenics, about thirteen minutes more\?$/,
    );
    expect(reply).not.toContain("diet tip");
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^This is home calisthenics/);
  });

  it("'no' to it says goodbye", async () => {
    const device = skill.device("long-session-no");
    await device.intent("StartWorkoutIntent", kit("nothing", "none"));
    await device.intent("AMAZON.StopIntent");
    await device.intent("StartWorkoutIntent", minutes(45));
    let reply = "";
    for (let i = 0; i < 40 && !/minutes more\?$/.test(reply); i++)
      reply = said(await device.intent("ReadyIntent"));
    const bye = await device.intent("AMAZON.NoIntent");
    expect(said(bye)).toBe("Okay, see you next time. Keep moving!");
    expect(bye.response.shouldEndSession).toBe(true);
  });
});

describe("a forged or damaged kit", () => {
  it("reads a stored kit that is not one we offer as unknown, and asks", async () => {
    await skill.table.documents.send(
      new PutCommand({
        TableName: skill.table.tableName,
        Item: { ...key("forged-kit"), version: 1, schemaVersion: 1, equipment: "tank" },
      }),
    );
    const device = skill.device("forged-kit");
    expect(said(await device.intent("StartWorkoutIntent", minutes(10)))).toMatch(ASKED);
  });

  it("drops a forged kit or question in session attributes", async () => {
    const device = skill.device("forged-session-kit");
    const launch = await device.launch();
    const state = stateOf(launch);
    device.tamper({
      backCoach: {
        ...state,
        user: { ...(state.user as object), equipment: "rocket" },
        pending: "equipment",
        kitQuestion: { request: { minutes: 9999, pk: "USER#victim" }, tries: 7 },
        followOn: { workoutIds: ["no-such-workout"], minutes: 60 },
      },
    });
    const reply = await device.intent("StartWorkoutIntent", minutes(10));
    expect(said(reply)).toMatch(ASKED);
    const next = stateOf(reply);
    expect(next.kitQuestion).toEqual({ request: { minutes: 10 }, tries: 1 });
    expect(next).not.toHaveProperty("followOn");
    expect((next.user as Record<string, unknown>).equipment).toBeUndefined();
  });
});
