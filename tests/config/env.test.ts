import { describe, expect, it } from "vitest";
import { SettingsError as StackSettingsError } from "../../infra/settings";
import { ConfigError, readConfig } from "../../lambda/config";
import { oneOf, optionalString, requiredString, SettingsError } from "../../lambda/env";

describe("reading the environment", () => {
  it("trims values and treats blank as unset", () => {
    expect(optionalString({ A: "  x " }, "A")).toBe("x");
    expect(optionalString({ A: "   " }, "A")).toBeUndefined();
    expect(optionalString({}, "A")).toBeUndefined();
  });

  it("says what a missing value is for", () => {
    expect(() => requiredString({ A: "" }, "A", "it names the table.")).toThrow(
      new SettingsError("A is not set: it names the table."),
    );
  });

  it("takes one of a list, ignoring case, with a default", () => {
    expect(oneOf({ L: " Debug " }, "L", ["debug", "info"], "info")).toBe("debug");
    expect(oneOf({}, "L", ["debug", "info"], "info")).toBe("info");
    expect(oneOf({ D: "7" }, "D", [1, 7], 1)).toBe(7);
    expect(() => oneOf({ L: "loud" }, "L", ["debug", "info"], "info")).toThrow(
      'L must be one of debug, info, got "loud"',
    );
  });

  it("has one error for a bad setting, named after itself, for the Lambda and the stack", () => {
    expect(ConfigError).toBe(SettingsError);
    expect(StackSettingsError).toBe(SettingsError);
    expect(() => readConfig({})).toThrow(SettingsError);
    expect(new SettingsError("x").name).toBe("SettingsError");
  });

  it("reads the Lambda's settings", () => {
    expect(readConfig({ TABLE_NAME: "t", LOG_LEVEL: "WARN" })).toEqual({
      tableName: "t",
      logLevel: "warn",
    });
    expect(() => readConfig({ TABLE_NAME: "t", SKILL_ID: "nope" })).toThrow(
      /SKILL_ID must look like amzn1\.ask\.skill/,
    );
  });
});
