import { existsSync } from "node:fs";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import type { CfnFunction } from "aws-cdk-lib/aws-lambda";
import { BackCoachStack } from "../infra/back-coach-stack";
import { readSettings } from "../infra/settings";
import { BENCH_SKILL_ID } from "./dialog";

/** The skill's Lambda as the stack deploys it: its asset folder and its configuration. */
export interface LambdaAsset {
  /** The folder CDK zips and uploads: what Lambda unpacks into /var/task. */
  readonly dir: string;
  /** The handler setting, "index.handler". */
  readonly handler: string;
  /** The function's own environment (TABLE_NAME, NODE_OPTIONS...), with the table named. */
  readonly environment: Readonly<Record<string, string>>;
  readonly memoryMb: number;
  /** "nodejs24.x". */
  readonly runtime: string;
}

/**
 * Synthesizes the real stack, bundling included (the same code path as `npm run synth`), into
 * `outdir`, and reads the skill function back from the template: nothing here restates how the
 * stack bundles or configures the function, so the bench cannot drift from a deploy. Only the
 * table's name is filled in (the template says Ref); `tableName` is the bench's.
 */
export function synthesizeLambda(outdir: string, tableName: string): LambdaAsset {
  const app = new App({ outdir });
  const stack = new BackCoachStack(app, "BackCoach", {
    settings: readSettings((key) => (key === "skillId" ? BENCH_SKILL_ID : undefined), {}),
  });
  const cfn = stack.skillFunction.fn.node.defaultChild as CfnFunction;
  const logicalId = stack.getLogicalId(cfn);
  const template = app.synth().getStackArtifact(stack.artifactId).template as {
    Resources: Record<string, { Properties: FunctionProperties }>;
  };
  const props = template.Resources[logicalId]?.Properties;
  if (!props) throw new Error(`the template has no ${logicalId}`);
  // The code's S3 key is the asset's hash: CDK staged it as asset.<hash> in the outdir.
  const hash = props.Code.S3Key.replace(/\.zip$/, "");
  const dir = join(outdir, `asset.${hash}`);
  if (!existsSync(join(dir, "index.js"))) throw new Error(`no bundled index.js in ${dir}`);
  const environment = Object.fromEntries(
    Object.entries(props.Environment?.Variables ?? {}).map(([name, value]) => {
      if (typeof value === "string") return [name, value];
      if (name === "TABLE_NAME") return [name, tableName];
      throw new Error(`the bench cannot stand in for ${name}: ${JSON.stringify(value)}`);
    }),
  );
  return {
    dir,
    handler: props.Handler,
    environment,
    memoryMb: props.MemorySize,
    runtime: props.Runtime,
  };
}

interface FunctionProperties {
  readonly Code: { readonly S3Key: string };
  readonly Handler: string;
  readonly MemorySize: number;
  readonly Runtime: string;
  readonly Environment?: { readonly Variables?: Readonly<Record<string, unknown>> };
}
