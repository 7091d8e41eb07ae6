/**
 * Builds the Lambda asset into a folder: the code (infra/lambda-build.ts), then each workout's
 * segment estimates beside the words (scripts/segment-estimates.ts). The stack's bundling runs
 * it (infra/constructs/skill-function.ts), so `cdk synth` and `npm run bench` build the same.
 *
 *   tsx scripts/bundle-lambda.ts <asset folder>
 */
import { buildLambda } from "../infra/lambda-build";
import { writeSegmentEstimates } from "./segment-estimates";

export async function bundleLambda(dir: string): Promise<void> {
  await buildLambda(dir);
  writeSegmentEstimates(dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: tsx scripts/bundle-lambda.ts <asset folder>\n");
    process.exitCode = 2;
  } else {
    bundleLambda(dir).catch((error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    });
  }
}
