import { readFileSync } from "node:fs";
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REMINDERS_SCOPE } from "../../lambda/conversation/reminders-api";
import { elicited, said, type TestDevice } from "../support/device";
import { itemsOf } from "../support/local-table";
import { type RemindersApi, startRemindersApi } from "../support/reminders-api";
import { startTestSkill, type TestSkill } from "../support/test-skill";

let skill: TestSkill;
let api: RemindersApi;
beforeAll(async () => {
  skill = await startTestSkill();
  api = await startRemindersApi();
});
afterAll(async () => {
  await skill.close();
  await api.close();
});
beforeEach(() => {
  api.down = false;
  api.refusal = 401;
  api.limit = 5;
  api.listInstead = undefined;
});

/** A device in New York whose user has (or has not) allowed Back Coach's reminders. */
function deviceOf(userId: string, granted = true): TestDevice {
  const device = skill.device(userId);
  device.apiEndpoint = api.endpoint;
  device.apiAccessToken = `token-of-${userId}`;
  device.deviceId = `device-of-${userId}`;
  api.timeZones.set(device.deviceId, "America/New_York");
  if (granted) api.granted.add(device.apiAccessToken);
  return device;
}
const heldBy = (device: TestDevice) => api.held.get(device.apiAccessToken) ?? [];
const postsBy = (device: TestDevice) =>
  api.calls.filter(
    (c) => c.method === "POST" && c.authorization === `Bearer ${device.apiAccessToken}`,
  );

const MONDAY = { value: "monday", id: "MO" };
const WEDNESDAY = { value: "wednesday", id: "WE" };
const THURSDAY = { value: "thursday", id: "TH" };
const FRIDAY = { value: "friday", id: "FR" };
const MWF_AT_SEVEN = { dayOne: MONDAY, dayTwo: WEDNESDAY, dayThree: FRIDAY, time: "07:00" };
const CONFIRM_MWF =
  "Every Monday, Wednesday, and Friday at seven a.m., Alexa reminds you it's time for your Back Coach workout. Shall I set that?";
const SET_MWF =
  /^Done: every Monday, Wednesday, and Friday at seven a\.m\., Alexa will remind you\./;

function connectionsResponse(device: TestDevice, status: string, token: string) {
  return device.send({
    type: "Connections.Response",
    name: "AskFor",
    status: { code: "200", message: "OK" },
    payload: { permissionScope: REMINDERS_SCOPE, status },
    token,
  });
}

function askFor(response: ResponseEnvelope) {
  return response.response.directives?.find((d) => d.type === "Connections.SendRequest");
}

describe("setting a workout reminder", () => {
  it("reads the schedule back, sets it only after a yes, in the device's time zone", async () => {
    const device = deviceOf("setter");
    await device.launch();
    const asked = await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    expect(said(asked)).toBe(CONFIRM_MWF);
    expect(asked.response.shouldEndSession).toBe(false);
    expect(postsBy(device)).toEqual([]);

    const done = await device.intent("AMAZON.YesIntent");
    expect(said(done)).toMatch(SET_MWF);
    expect(said(done)).toMatch(/Anything else\?$/);
    const [held] = heldBy(device);
    expect(heldBy(device)).toHaveLength(1);
    expect(held?.body).toMatchObject({
      trigger: {
        type: "SCHEDULED_ABSOLUTE",
        timeZoneId: "America/New_York",
        // 08:59 UTC on 22 November is still the 22nd in New York; local times, no zone suffix.
        scheduledTime: "2026-11-22T07:00:00.000",
        recurrence: {
          startDateTime: "2026-11-22T07:00:00.000",
          recurrenceRules: ["FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1"],
        },
      },
      alertInfo: {
        spokenInfo: { content: [{ locale: "en-US", text: "Time for your Back Coach workout." }] },
      },
    });
    expect(postsBy(device)).toHaveLength(1);
  });

  it("sets nothing on 'no'", async () => {
    const device = deviceOf("decliner");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    expect(said(await device.intent("AMAZON.NoIntent"))).toBe("Okay. What would you like to do?");
    expect(postsBy(device)).toEqual([]);
    // The draft went with the no: a later yes answers nothing about reminders.
    await device.intent("AMAZON.YesIntent");
    expect(postsBy(device)).toEqual([]);
  });

  it("asks again after help, and a yes still sets it", async () => {
    const device = deviceOf("helped");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    expect(said(await device.intent("AMAZON.HelpIntent"))).toContain(CONFIRM_MWF);
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(SET_MWF);
    expect(heldBy(device)).toHaveLength(1);
  });

  it("a day every day is one daily rule, and the words say so", async () => {
    const device = deviceOf("daily");
    const asked = await device.intent("SetReminderIntent", {
      dayOne: { value: "every day", id: "DAILY" },
      time: "12:00",
    });
    expect(said(asked)).toMatch(/^Every day at noon, Alexa reminds you/);
    await device.intent("AMAZON.YesIntent");
    expect(heldBy(device)[0]?.body).toMatchObject({
      trigger: {
        recurrence: { recurrenceRules: ["FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0;INTERVAL=1"] },
      },
    });
  });
});

describe("the dialog asks for what is missing", () => {
  it("no days and no time: asks for the days, then the time, then reads it back", async () => {
    const device = deviceOf("dialog-both");
    const days = await device.intent("SetReminderIntent");
    expect(said(days)).toMatch(/^Which days shall I remind you to work out: /);
    expect(elicited(days)).toBe("dayOne");
    const time = await device.intent("SetReminderIntent", { dayOne: MONDAY, dayTwo: THURSDAY });
    expect(said(time)).toBe("And at what time?");
    expect(elicited(time)).toBe("time");
    const confirm = await device.intent("SetReminderIntent", { time: "18:30" });
    expect(said(confirm)).toMatch(
      /^Every Monday and Thursday at six thirty p\.m\., Alexa reminds you/,
    );
    expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(
      /^Done: every Monday and Thursday/,
    );
    expect(heldBy(device)).toHaveLength(1);
  });

  it("a time but no days: asks for the days, and weekdays are five", async () => {
    const device = deviceOf("dialog-days");
    const asked = await device.intent("SetReminderIntent", { time: "07:05" });
    expect(elicited(asked)).toBe("dayOne");
    const confirm = await device.intent("SetReminderIntent", {
      dayOne: { value: "weekdays", id: "WEEKDAYS" },
    });
    expect(said(confirm)).toMatch(/^Every weekday at seven oh five a\.m\., /);
  });

  it("days but no time: asks for the time", async () => {
    const device = deviceOf("dialog-time");
    const asked = await device.intent("SetReminderIntent", { dayOne: FRIDAY });
    expect(elicited(asked)).toBe("time");
    expect(said(await device.intent("SetReminderIntent", { time: "00:00" }))).toMatch(
      /^Every Friday at midnight, /,
    );
  });
});

describe("slot values it cannot use", () => {
  it.each([
    ["a day Alexa did not resolve", { dayOne: { value: "banana" } }],
    ["an id the model does not have", { dayOne: { value: "monday", id: "XX" } }],
  ])("%s: asks for the days again", async (_, slots) => {
    const device = deviceOf(`bad-day-${Object.keys(slots).length}-${JSON.stringify(slots).length}`);
    const again = await device.intent("SetReminderIntent", { ...slots, time: "07:00" });
    expect(said(again)).toMatch(/^I didn't catch which days\. Which days shall I remind you/);
    expect(elicited(again)).toBe("dayOne");
    expect(postsBy(device)).toEqual([]);
  });

  it.each([
    ["a part of the day", "MO"],
    ["no such hour", "25:00"],
    ["not Alexa's form", "7:00"],
    ["words", "seven in the morning please"],
  ])("%s as the time (%s): asks for a clock time", async (_, time) => {
    const device = deviceOf(`bad-time-${time}`);
    const again = await device.intent("SetReminderIntent", { dayOne: MONDAY, time });
    expect(said(again)).toBe(
      "I need a clock time, like seven a.m. or six thirty p.m. And at what time?",
    );
    expect(elicited(again)).toBe("time");
    // What was usable is kept: the days need not be said again.
    expect(said(await device.intent("SetReminderIntent", { time: "06:00" }))).toMatch(
      /^Every Monday at six a\.m\., /,
    );
  });

  it("a forged draft in the session attributes sets nothing it could not have been told", async () => {
    const device = deviceOf("forger");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    device.tamper({
      backCoach: {
        ...(device.responses.at(-1)?.sessionAttributes?.backCoach as Record<string, unknown>),
        reminderDraft: { days: ["MO", "XX", "../"], at: { hour: 99, minute: -1 } },
        pending: "reminder",
      },
    });
    const answer = await device.intent("AMAZON.YesIntent");
    expect(said(answer)).toMatch(/^Which days shall I remind you/);
    expect(postsBy(device)).toEqual([]);
  });
});

describe("without the permission", () => {
  it.each([401, 403] as const)(
    "the API answers %i: Alexa asks by voice, and the reminder is set once it is granted",
    async (refusal) => {
      api.refusal = refusal;
      const device = deviceOf(`consent-${refusal}`, false);
      await device.intent("SetReminderIntent", MWF_AT_SEVEN);
      const asking = await device.intent("AMAZON.YesIntent");
      expect(said(asking)).toBe(
        "To remind you, Back Coach needs your permission to set reminders.",
      );
      expect(askFor(asking)).toMatchObject({
        type: "Connections.SendRequest",
        name: "AskFor",
        payload: { "@type": "AskForPermissionsConsentRequest", permissionScope: REMINDERS_SCOPE },
        token: "MO,WE,FR@07:00",
      });
      expect(heldBy(device)).toEqual([]);

      api.granted.add(device.apiAccessToken);
      const done = await connectionsResponse(device, "ACCEPTED", "MO,WE,FR@07:00");
      expect(said(done)).toMatch(SET_MWF);
      expect(heldBy(device)).toHaveLength(1);
    },
  );

  it.each(["DENIED", "NOT_ANSWERED"])(
    "%s: nothing is set; the user hears how to allow it, with the card in the app",
    async (status) => {
      const device = deviceOf(`refuser-${status}`, false);
      await device.intent("SetReminderIntent", MWF_AT_SEVEN);
      await device.intent("AMAZON.YesIntent");
      const answer = await connectionsResponse(device, status, "MO,WE,FR@07:00");
      expect(said(answer)).toMatch(
        /^Okay, no reminder then\. If you change your mind, allow reminders/,
      );
      expect(answer.response.card).toEqual({
        type: "AskForPermissionsConsent",
        permissions: [REMINDERS_SCOPE],
      });
      expect(answer.response.shouldEndSession).toBe(false);
      expect(heldBy(device)).toEqual([]);
    },
  );

  it("granted, but the API still refuses: the card, and no second voice request", async () => {
    const device = deviceOf("revoked", false);
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    await device.intent("AMAZON.YesIntent");
    const answer = await connectionsResponse(device, "ACCEPTED", "MO,WE,FR@07:00");
    expect(askFor(answer)).toBeUndefined();
    expect(said(answer)).toMatch(/^Back Coach isn't allowed to use your reminders yet\./);
    expect(answer.response.card?.type).toBe("AskForPermissionsConsent");
  });

  it("a forged token: the draft the session holds is what gets set", async () => {
    const device = deviceOf("token-forger", false);
    await device.intent("SetReminderIntent", { dayOne: THURSDAY, time: "19:00" });
    await device.intent("AMAZON.YesIntent");
    api.granted.add(device.apiAccessToken);
    const done = await connectionsResponse(device, "ACCEPTED", "MO,XX@99:99/../");
    expect(said(done)).toMatch(/^Done: every Thursday at seven p\.m\./);
  });

  it("an answer arriving with no session: the token alone says what to set", async () => {
    const device = deviceOf("sessionless");
    await device.launch();
    const done = await connectionsResponse(device, "ACCEPTED", "SA,SU@09:30");
    expect(said(done)).toMatch(/^Done: every Saturday and Sunday at nine thirty a\.m\./);
    expect(heldBy(device)).toHaveLength(1);
  });

  it("listing without it: the card and what to do", async () => {
    const device = deviceOf("lister-unallowed", false);
    const answer = await device.intent("ListRemindersIntent");
    expect(said(answer)).toMatch(/^Back Coach isn't allowed to use your reminders yet\./);
    expect(answer.response.card?.type).toBe("AskForPermissionsConsent");
  });
});

describe("the API refusing or down", () => {
  it("over the limit: says so, and how to make room", async () => {
    api.limit = 2;
    const device = deviceOf("collector");
    for (const time of ["06:00", "07:00"]) {
      await device.intent("SetReminderIntent", { dayOne: MONDAY, time });
      expect(said(await device.intent("AMAZON.YesIntent"))).toMatch(/^Done: /);
    }
    await device.intent("SetReminderIntent", { dayOne: MONDAY, time: "08:00" });
    const refused = await device.intent("AMAZON.YesIntent");
    expect(said(refused)).toMatch(
      /^You already have as many Back Coach reminders as Alexa allows\./,
    );
    expect(refused.response.shouldEndSession).toBe(false);
    expect(heldBy(device)).toHaveLength(2);
  });

  it("down: every request gets a short honest answer and the conversation goes on", async () => {
    const device = deviceOf("unlucky");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    api.down = true;
    const DOWN = /^I couldn't reach Alexa's reminders just now, so nothing changed\./;
    for (const answer of [
      await device.intent("AMAZON.YesIntent"),
      await device.intent("ListRemindersIntent"),
      await device.intent("CancelRemindersIntent"),
    ]) {
      expect(said(answer)).toMatch(DOWN);
      expect(answer.response.shouldEndSession).toBe(false);
    }
    api.down = false;
    // The conversation carries on: a workout starts as ever.
    expect(said(await device.intent("StartWorkoutIntent"))).toMatch(/back fat blaster/);
  });

  it("not reachable at all (nothing listening): the same answer, within the turn's time", async () => {
    const device = deviceOf("unreachable");
    device.apiEndpoint = "http://127.0.0.1:9";
    const started = performance.now();
    expect(said(await device.intent("ListRemindersIntent"))).toMatch(
      /^I couldn't reach Alexa's reminders/,
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("listing and cancelling", () => {
  async function setTwo(device: TestDevice) {
    await device.intent("SetReminderIntent", {
      dayOne: { value: "weekdays", id: "WEEKDAYS" },
      time: "18:30",
    });
    await device.intent("AMAZON.YesIntent");
    await device.intent("SetReminderIntent", {
      dayOne: { value: "daily", id: "DAILY" },
      time: "12:00",
    });
    await device.intent("AMAZON.YesIntent");
  }

  it("reads back each reminder, and cancels them all", async () => {
    const device = deviceOf("organiser");
    expect(said(await device.intent("ListRemindersIntent"))).toMatch(
      /^You have no Back Coach reminders\./,
    );
    await setTwo(device);
    expect(said(await device.intent("ListRemindersIntent"))).toBe(
      "You have two Back Coach reminders: every weekday at six thirty p.m. and every day at noon. Anything else?",
    );
    expect(said(await device.intent("CancelRemindersIntent"))).toBe(
      "Done. I've cancelled your two Back Coach reminders. Anything else?",
    );
    expect(heldBy(device)).toEqual([]);
    expect(said(await device.intent("CancelRemindersIntent"))).toMatch(
      /^You have no Back Coach reminders to cancel\./,
    );
  });

  it("a reminder in a shape it does not write is counted, not described", async () => {
    const device = deviceOf("odd-one");
    await device.intent("SetReminderIntent", { dayOne: FRIDAY, time: "07:00" });
    await device.intent("AMAZON.YesIntent");
    api.held.get(device.apiAccessToken)?.push({
      alertToken: "amzn1.alert.reminder.other",
      status: "ON",
      body: {
        trigger: { recurrence: { recurrenceRules: ["FREQ=WEEKLY;BYDAY=MO;BYHOUR=7;INTERVAL=2"] } },
      },
    });
    api.held.get(device.apiAccessToken)?.push({
      alertToken: "amzn1.alert.reminder.done",
      status: "COMPLETED",
      body: {},
    });
    expect(said(await device.intent("ListRemindersIntent"))).toBe(
      "You have two Back Coach reminders: every Friday at seven a.m. and one I can't read back. Anything else?",
    );
  });

  it("ids from the API are checked before they go into a URL", async () => {
    const device = deviceOf("careful");
    api.listInstead = {
      alerts: [
        { alertToken: "../../v2/accounts", status: "ON" },
        { alertToken: "a/b?c=d", status: "ON" },
        { alertToken: "x".repeat(300), status: "ON" },
        { alertToken: 42, status: "ON" },
        { alertToken: "amzn1.alert.reminder.fine", status: "ON" },
      ],
    };
    const before = api.calls.length;
    await device.intent("CancelRemindersIntent");
    const deletes = api.calls.slice(before).filter((c) => c.method === "DELETE");
    expect(deletes.map((c) => c.path)).toEqual(["/v1/alerts/reminders/amzn1.alert.reminder.fine"]);
  });

  it("the console (no Alexa API): says reminders need a real device", async () => {
    const device = deviceOf("console-user");
    device.apiEndpoint = "";
    expect(said(await device.intent("SetReminderIntent", MWF_AT_SEVEN))).toBe(
      "I heard every Monday, Wednesday, and Friday at seven a.m., but reminders need a real Alexa device, and this one can't set them. Anything else?",
    );
    expect(said(await device.intent("ListRemindersIntent"))).toMatch(
      /^Reminders live on a real Alexa device/,
    );
  });
});

describe("leaving", () => {
  it("'delete my data' cancels the reminders too", async () => {
    const device = deviceOf("leaver");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    await device.intent("AMAZON.YesIntent");
    await device.intent("UpdateProfileIntent", { age: "40" });
    expect((await itemsOf(skill.table, "leaver")).length).toBeGreaterThan(0);
    await device.intent("DeleteDataIntent");
    const done = await device.intent("AMAZON.YesIntent");
    expect(said(done)).toMatch(
      /^Done\. I've deleted everything I kept about you and cancelled your Back Coach reminders\./,
    );
    expect(heldBy(device)).toEqual([]);
    expect(await itemsOf(skill.table, "leaver")).toEqual([]);
  });

  it("'delete my data' with the API down: the data goes, and the user hears the reminders did not", async () => {
    const device = deviceOf("half-leaver");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    await device.intent("AMAZON.YesIntent");
    await device.intent("DeleteDataIntent");
    api.down = true;
    const done = await device.intent("AMAZON.YesIntent");
    expect(said(done)).toMatch(
      /I couldn't reach Alexa's reminders just now, so if you set any with Back Coach, remove them in the Alexa app/,
    );
    expect(await itemsOf(skill.table, "half-leaver")).toEqual([]);
    expect(heldBy(device)).toHaveLength(1);
  });

  it("disabling the skill cancels the reminders and deletes the data", async () => {
    const device = deviceOf("disabler-of-reminders");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    await device.intent("AMAZON.YesIntent");
    await device.intent("UpdateProfileIntent", { age: "40" });
    await device.event("AlexaSkillEvent.SkillDisabled");
    expect(heldBy(device)).toEqual([]);
    expect(await itemsOf(skill.table, "disabler-of-reminders")).toEqual([]);
  });

  it("disabling the skill with the API down still deletes the data", async () => {
    const device = deviceOf("disabler-offline");
    await device.intent("SetReminderIntent", MWF_AT_SEVEN);
    await device.intent("AMAZON.YesIntent");
    await device.intent("UpdateProfileIntent", { age: "40" });
    api.down = true;
    await device.event("AlexaSkillEvent.SkillDisabled");
    expect(await itemsOf(skill.table, "disabler-offline")).toEqual([]);
  });
});

describe("the skill manifest", () => {
  it("declares the reminders permission the skill asks for", () => {
    const manifest = JSON.parse(readFileSync("infra/skill-package/skill.json", "utf8"));
    expect(manifest.manifest.permissions).toContainEqual({ name: REMINDERS_SCOPE });
  });
});
