import { defineConfig } from "vitest/config";
import { LOCAL_AWS_ENV } from "./lambda/local/local-aws-env";

/** `npm run screens:gallery` only: draws docs/screens/ (scripts/gallery/draw.gallery.ts). */
export default defineConfig({
  test: {
    environment: "node",
    include: ["scripts/gallery/*.gallery.ts"],
    env: { ...LOCAL_AWS_ENV, BACK_COACH_STORE: "dynalite" },
    testTimeout: 120_000,
  },
});
