import { describe, expect, it } from "vitest";
import { PLACEHOLDER_SKILL_ID, readSettings, SettingsError } from "../../infra/settings";

const SKILL = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012";
const from = (context: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  readSettings((key) => context[key], env);

describe("stack settings", () => {
  it("takes the skill id from context, or from the environment", () => {
    expect(from({ skillId: SKILL }).skillId).toBe(SKILL);
    expect(from({}, { SKILL_ID: SKILL }).skillId).toBe(SKILL);
  });

  it("synthesizes without a skill id (a placeholder) but refuses to deploy without one", () => {
    expect(from({}).skillId).toBe(PLACEHOLDER_SKILL_ID);
    expect(() => from({ deploying: "true" })).toThrow(/Deploying needs your skill's id/);
    expect(from({ deploying: "true", skillId: SKILL }).skillId).toBe(SKILL);
  });

  it.each([
    [{ skillId: "my-skill" }, /is not an Alexa skill id/],
    [{ skillId: SKILL, logLevel: "loud" }, /logLevel must be one of/],
    [{ skillId: SKILL, alarmEmail: "not-an-email" }, /is not an e-mail address/],
    [{ skillId: SKILL, logRetentionDays: "42" }, /logRetentionDays must be one of/],
    [{ skillId: SKILL, alexaVendorId: "V123" }, /give all four/],
  ])("rejects %j clearly", (context, message) => {
    expect(() => from(context)).toThrow(SettingsError);
    expect(() => from(context)).toThrow(message);
  });

  it("deploys the skill too when all Alexa credentials are given, and then needs no skill id", () => {
    const settings = from({
      deploying: "true",
      alexaVendorId: "V123",
      lwaClientId: "amzn1.application-oa2-client.x",
      lwaClientSecret: "secret",
      lwaRefreshToken: "Atzr|token",
    });
    expect(settings.skillId).toBeUndefined();
    expect(settings.alexa?.vendorId).toBe("V123");
  });
});
