import { describe, expect, it } from "vitest";
import { readServeSettings } from "../../lambda/http/serve-settings";

const SKILL_ID = "amzn1.ask.skill.test";

describe("npm run serve's settings", () => {
  it("verifies and answers one skill by default, on loopback port 3000", () => {
    expect(readServeSettings([], { SKILL_ID })).toEqual({
      port: 3000,
      host: "127.0.0.1",
      verify: true,
      skillId: SKILL_ID,
      data: ".data",
      logLevel: "info",
    });
  });

  it("needs SKILL_ID, or --any-skill on loopback; not both", () => {
    expect(() => readServeSettings([], {})).toThrow(/SKILL_ID is not set/);
    expect(readServeSettings(["--any-skill"], {}).skillId).toBeUndefined();
    expect(readServeSettings(["--any-skill", "--host", "::1"], {}).skillId).toBeUndefined();
    expect(() => readServeSettings(["--any-skill", "--host", "0.0.0.0"], {})).toThrow(
      /--any-skill is only allowed on a loopback host/,
    );
    expect(() => readServeSettings(["--any-skill"], { SKILL_ID })).toThrow(/contradict/);
    expect(() => readServeSettings([], { SKILL_ID: "my-skill" })).toThrow(/amzn1\.ask\.skill/);
  });

  it("turns verification off only on loopback", () => {
    expect(readServeSettings(["--no-verify"], { SKILL_ID }).verify).toBe(false);
    expect(() => readServeSettings(["--no-verify", "--host", "0.0.0.0"], { SKILL_ID })).toThrow(
      /--no-verify is only allowed on a loopback host/,
    );
  });

  it("takes a real table's region from AWS_REGION, else AWS_DEFAULT_REGION, else refuses", () => {
    const env = { SKILL_ID, TABLE_NAME: "users" };
    expect(readServeSettings([], { ...env, AWS_REGION: "eu-west-1" }).table).toEqual({
      name: "users",
      region: "eu-west-1",
    });
    expect(readServeSettings([], { ...env, AWS_DEFAULT_REGION: "eu-central-1" }).table).toEqual({
      name: "users",
      region: "eu-central-1",
    });
    expect(
      readServeSettings([], { ...env, AWS_REGION: "us-west-2", AWS_DEFAULT_REGION: "x" }).table
        ?.region,
    ).toBe("us-west-2");
    expect(() => readServeSettings([], { ...env, AWS_REGION: " " })).toThrow(
      /no AWS region.*AWS_REGION/,
    );
    // The embedded store needs no region.
    expect(readServeSettings([], { SKILL_ID }).table).toBeUndefined();
  });

  it("refuses a port out of range", () => {
    expect(() => readServeSettings(["--port", "70000"], { SKILL_ID })).toThrow(/--port/);
  });
});
