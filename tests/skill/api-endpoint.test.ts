import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lambda/logger";
import { buildSkill } from "../../lambda/skill";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { alexaApiOnly, alexaApiOrLoopback } from "../../lambda/turn/api-endpoint";
import { said, TEST_SKILL_ID, TestDevice } from "../support/device";
import { type LocalTable, startLocalTable } from "../support/local-table";
import { type SettingsApi, startSettingsApi } from "../support/settings-api";

/**
 * A request names the endpoint the skill sends the user's token to. Only Alexa's are called:
 * one that names anything else is answered as a device without the APIs, and never called.
 */

describe("which API endpoints are trusted", () => {
  it.each([
    "https://api.amazonalexa.com",
    "https://api.eu.amazonalexa.com",
    "https://api.fe.amazonalexa.com/",
  ])("Alexa's own: %s", (endpoint) => {
    expect(alexaApiOnly(endpoint)).toBe(true);
  });

  it.each([
    "http://api.amazonalexa.com",
    "https://api.amazonalexa.com:8443",
    "https://api.amazonalexa.com.evil.example",
    "https://api.amazonalexa.com@evil.example",
    "https://evil.example/?https://api.amazonalexa.com",
    "https://api.amazonalexa.com/v1/other",
    "http://127.0.0.1:9001",
    "not a url",
    "",
  ])("nothing else: %s", (endpoint) => {
    expect(alexaApiOnly(endpoint)).toBe(false);
  });

  it("the tests' stand-ins on 127.0.0.1, only where the skill is built to allow them", () => {
    expect(alexaApiOrLoopback("http://127.0.0.1:41233")).toBe(true);
    expect(alexaApiOrLoopback("http://localhost.evil.example")).toBe(false);
  });
});

describe("a request naming another endpoint", () => {
  let table: LocalTable;
  let settings: SettingsApi;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    table = await startLocalTable();
    settings = await startSettingsApi();
  });
  afterAll(async () => {
    await settings.close();
    await table.close();
  });

  it("is answered without calling it (the week in UTC), and the skill says why in its log", async () => {
    const logger = createLogger("warn", (line) => logs.push(JSON.parse(line)));
    const store = new DynamoUserStore(table.client, table.tableName, logger);
    // Built as the Lambda builds it: Alexa's endpoints only.
    const skill = buildSkill({ store, logger, skillId: TEST_SKILL_ID });
    const device = new TestDevice(skill, "pointed-elsewhere");
    device.apiEndpoint = settings.endpoint;
    settings.timeZones.set(device.deviceId, "Asia/Tokyo");
    await device.launch();
    expect(said(await device.intent("WeeklyProgressIntent"))).toMatch(/week/i);
    expect(settings.requests).toEqual([]);
    expect(logs.some((l) => l.message === "Ignored an API endpoint that is not Alexa's")).toBe(
      true,
    );
    expect(JSON.stringify(logs)).not.toContain("test-access-token");
  });
});
