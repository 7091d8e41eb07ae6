import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Keep CI output readable and make a forgotten `.only` fail the run.
    allowOnly: false,
    passWithNoTests: false,
  },
});
