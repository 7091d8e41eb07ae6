import { defineConfig } from "vitest/config";
import { LOCAL_AWS_ENV } from "./lambda/local/local-aws-env";

export default defineConfig({
  test: {
    environment: "node",
    // Keep CI output readable and make a forgotten `.only` fail the run.
    allowOnly: false,
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: {
          name: "dynalite",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/load/**"],
          // Tests talk to a local DynamoDB only, never with real credentials.
          env: { ...LOCAL_AWS_ENV, BACK_COACH_STORE: "dynalite" },
          // A time limit catches a test that hangs; it must not time the machine. On two cores
          // shared by every suite, a fixed amount of work (400 fuzzed turns through the real
          // skill) took 4.5 to 5.8 s, and vitest's default limit, 5 s, failed it once. The same
          // suites' limit on DynamoDB Local, below.
          testTimeout: 20_000,
        },
      },
      {
        // 200 users at once over HTTP measure the skill, so they run on their own, after the
        // rest (npm test runs this project second): sharing two cores with the other suites
        // would measure the machine instead.
        extends: true,
        test: {
          name: "load",
          include: ["tests/load/**/*.test.ts"],
          env: { ...LOCAL_AWS_ENV, BACK_COACH_STORE: "dynalite" },
        },
      },
      {
        // The suites that store, once more on Amazon's DynamoDB Local (Java), which refuses what
        // DynamoDB refuses where dynalite lets it pass. One server for the run, a table per file.
        extends: true,
        test: {
          name: "dynamodb-local",
          include: [
            "tests/store/**/*.test.ts",
            "tests/faults/**/*.test.ts",
            "tests/skill/**/*.test.ts",
          ],
          env: { ...LOCAL_AWS_ENV, BACK_COACH_STORE: "dynamodb-local" },
          // The outage test stops and restarts a JVM inside a test (2 to 4 s on a busy machine).
          testTimeout: 20_000,
          hookTimeout: 30_000,
          globalSetup: ["tests/support/dynamodb-local-setup.ts"],
        },
      },
    ],
  },
});
