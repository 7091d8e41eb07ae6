import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SILENT_LOGGER } from "../../lambda/logger";
import { createStoreClient } from "../../lambda/store/dynamo-client";
import { DynamoUserStore } from "../../lambda/store/dynamo-user-store";
import { settingsFromEnvironment } from "../../lambda/store/environment-settings";
import { NEW_USER } from "../../lambda/store/user-record";
import { type LocalTable, startLocalTable } from "../support/local-table";

/**
 * The Lambda's client takes its settings from the environment and never from shared config
 * files. The proof is a config file that says otherwise: a client left to the SDK reads it,
 * the Lambda's does not.
 */
let table: LocalTable;
let folder: string;
beforeAll(async () => {
  table = await startLocalTable("back-coach-environment");
  folder = mkdtempSync(join(tmpdir(), "back-coach-aws-config-"));
  const config = join(folder, "config");
  writeFileSync(
    config,
    [
      "[default]",
      "region = eu-west-3",
      "use_fips_endpoint = true",
      "retry_mode = adaptive",
      "disable_clock_skew_correction = true",
      "sdk_ua_app_id = from-the-file",
      "",
    ].join("\n"),
  );
  // The SDK finds the files through the process's environment, whatever a client is given.
  vi.stubEnv("AWS_CONFIG_FILE", config);
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(folder, "credentials"));
  vi.stubEnv("AWS_REGION", undefined);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
  await table.close();
});

describe("the Lambda's DynamoDB client settings", () => {
  it("a client left to the SDK reads the config file (the file is a real one)", async () => {
    const client = createStoreClient({ endpoint: table.dynamo.endpoint });
    try {
      expect(await client.config.region()).toBe("eu-west-3");
      expect(await client.config.useFipsEndpoint()).toBe(true);
    } finally {
      client.destroy();
    }
  });

  it("the Lambda's client reads the environment alone, and its calls work", async () => {
    const environment = {
      AWS_REGION: "us-east-1",
      AWS_ENDPOINT_URL_DYNAMODB: table.dynamo.endpoint,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    };
    const client = createStoreClient({ environment });
    try {
      expect(await client.config.region()).toBe("us-east-1");
      expect(await client.config.useFipsEndpoint()).toBe(false);
      expect(await client.config.useDualstackEndpoint()).toBe(false);
      expect(await client.config.disableClockSkewCorrection()).toBe(false);
      expect(await client.config.userAgentAppId()).toBeUndefined();
      expect(await client.config.accountIdEndpointMode()).toBe("preferred");
      const endpoint = await client.config.endpoint?.();
      expect(`${endpoint?.protocol}//${endpoint?.hostname}:${endpoint?.port}`).toBe(
        table.dynamo.endpoint,
      );
      const store = new DynamoUserStore(client, table.tableName, SILENT_LOGGER);
      const saved = await store.save("env-user", await store.load("env-user"), {
        ...NEW_USER,
        disclaimerHeard: true,
      });
      expect(saved.version).toBe(1);
      expect((await store.load("env-user")).record.disclaimerHeard).toBe(true);
    } finally {
      client.destroy();
    }
  });
});

describe("settingsFromEnvironment", () => {
  it("with no endpoint in the environment, switches the lookup of one off", () => {
    const settings = settingsFromEnvironment({ AWS_REGION: "eu-west-1" });
    expect(settings.region).toBe("eu-west-1");
    expect(settings.endpoint).toBeUndefined();
    expect(settings.ignoreConfiguredEndpointUrls).toBe(true);
    expect(settings.defaultsMode).toBe("legacy");
    expect(settings.authSchemePreference).toEqual([]);
    expect(settings.retryMode).toBe("standard");
    expect(settings.disableClockSkewCorrection).toBe(false);
  });

  it("reads the variables the SDK reads, as it reads them", async () => {
    const settings = settingsFromEnvironment({
      AWS_ENDPOINT_URL: "http://localhost:4566",
      AWS_USE_FIPS_ENDPOINT: "TRUE",
      AWS_USE_DUALSTACK_ENDPOINT: "false",
      AWS_RETRY_MODE: "adaptive",
      AWS_DEFAULTS_MODE: "in-region",
      AWS_ACCOUNT_ID_ENDPOINT_MODE: "disabled",
      AWS_AUTH_SCHEME_PREFERENCE: "sigv4, sigv4a",
      AWS_SDK_UA_APP_ID: "coach",
      AWS_ENABLE_ENDPOINT_DISCOVERY: "0",
    });
    expect(settings.region).toBeUndefined();
    expect(settings.endpoint).toBe("http://localhost:4566");
    expect(settings.ignoreConfiguredEndpointUrls).toBeUndefined();
    expect(settings.useFipsEndpoint).toBe(true);
    expect(settings.useDualstackEndpoint).toBe(false);
    expect(settings.retryMode).toBe("adaptive");
    expect(settings.defaultsMode).toBe("in-region");
    expect(settings.accountIdEndpointMode).toBe("disabled");
    expect(settings.authSchemePreference).toEqual(["sigv4", "sigv4a"]);
    const appId = settings.userAgentAppId;
    expect(typeof appId === "function" ? await appId() : appId).toBe("coach");
    expect(await settings.endpointDiscoveryEnabledProvider?.()).toBe(false);
  });

  it("the service's own endpoint comes before the general one, unless endpoints are ignored", () => {
    const both = {
      AWS_ENDPOINT_URL: "http://general:1",
      AWS_ENDPOINT_URL_DYNAMODB: "http://dynamodb:2",
    };
    expect(settingsFromEnvironment(both).endpoint).toBe("http://dynamodb:2");
    const ignored = settingsFromEnvironment({
      ...both,
      AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true",
    });
    expect(ignored.endpoint).toBeUndefined();
    expect(ignored.ignoreConfiguredEndpointUrls).toBe(true);
  });
});
