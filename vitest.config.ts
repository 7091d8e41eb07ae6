import { defineConfig } from "vitest/config";
import { LOCAL_AWS_ENV } from "./lambda/local/local-aws-env";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Keep CI output readable and make a forgotten `.only` fail the run.
    allowOnly: false,
    passWithNoTests: false,
    // Tests talk to a local DynamoDB (dynalite) only, never with real credentials.
    env: { ...LOCAL_AWS_ENV },
  },
});
