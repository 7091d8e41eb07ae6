import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Keep CI output readable and make a forgotten `.only` fail the run.
    allowOnly: false,
    passWithNoTests: false,
    // Local DynamoDB (dynalite) needs some credentials and a region, never real ones.
    env: {
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_REGION: "us-east-1",
      // Node 20 here, Node 24 on Lambda: the SDK's "upgrade Node" notice is noise in tests.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: "1",
    },
  },
});
