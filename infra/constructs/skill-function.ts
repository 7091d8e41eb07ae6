import { Duration } from "aws-cdk-lib";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { type ICommandHooks, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import {
  ALIASES,
  ASSET_NAMES,
  ESTIMATES_SCRIPT,
  LAMBDA_ENTRY,
  LOADERS,
  LOG_OVERRIDES,
  MAIN_FIELDS,
  NODE_TARGET,
  TSX,
} from "../lambda-bundling";

/**
 * Exactly the DynamoDB actions lambda/store uses: GetItem (load), UpdateItem (save the fields
 * that changed), PutItem (a new user's first save, a damaged record rewritten whole, a version
 * healed, log a workout), Query (history, finding a user's items to delete), BatchWriteItem
 * (delete them).
 */
export const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:UpdateItem",
  "dynamodb:PutItem",
  "dynamodb:Query",
  "dynamodb:BatchWriteItem",
] as const;

export interface SkillFunctionProps {
  readonly table: Table;
  /** Only this skill may invoke the function; absent when the skill is deployed with the stack. */
  readonly skillId?: string;
  readonly logLevel: string;
  readonly logRetention: RetentionDays;
}

/**
 * After esbuild, the segment estimates beside the words (scripts/segment-estimates.ts): what the
 * first launch would otherwise work out by rendering a whole workout.
 */
const AFTER_BUNDLING: ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (_inputDir, outputDir) => [
    `${JSON.stringify(TSX)} ${JSON.stringify(ESTIMATES_SCRIPT)} ${JSON.stringify(outputDir)}`,
  ],
};

/**
 * The skill's Lambda: Node.js 24 on arm64, one minified bundle built by the local esbuild (no
 * Docker) with the AWS SDK inside, so cold starts load one file. Only the Alexa Skills Kit may
 * invoke it, and only for this skill's id.
 */
export class SkillFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, "Logs", { retention: props.logRetention });
    // Its own role: write to its own log group and the table actions below, nothing else (no
    // AWS-managed basic execution policy, which allows writing to any log group).
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    });
    logGroup.grantWrite(role);
    this.fn = new NodejsFunction(this, "Function", {
      role,
      entry: LAMBDA_ENTRY,
      handler: "handler",
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      // Alexa waits 8 s for an answer; give up before it does.
      timeout: Duration.seconds(7),
      logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        ...(props.skillId ? { SKILL_ID: props.skillId } : {}),
        LOG_LEVEL: props.logLevel,
        // No --enable-source-maps and no map in the asset: measured, it costs cold starts and
        // memory for stack traces our logs do not carry; `npm run symbolicate` maps one offline
        // (README, Performance).
      },
      // Options shared with `npm run bench` (infra/lambda-bundling.ts).
      bundling: {
        minify: true,
        sourceMap: false,
        target: NODE_TARGET,
        format: OutputFormat.CJS,
        mainFields: MAIN_FIELDS,
        loader: { ...LOADERS },
        esbuildArgs: {
          ...Object.fromEntries(
            Object.entries(ALIASES).map(([from, to]) => [`--alias:${from}`, to]),
          ),
          "--asset-names": ASSET_NAMES,
          ...Object.fromEntries(
            Object.entries(LOG_OVERRIDES).map(([id, level]) => [`--log-override:${id}`, level]),
          ),
        },
        // Bundle the AWS SDK too: one file to load, and the version we tested.
        externalModules: [],
        forceDockerBundling: false,
        commandHooks: AFTER_BUNDLING,
      },
    });
    props.table.grant(this.fn, ...TABLE_ACTIONS);
    if (props.skillId) {
      this.fn.addPermission("AlexaSkillsKit", {
        principal: new ServicePrincipal("alexa-appkit.amazon.com"),
        action: "lambda:InvokeFunction",
        eventSourceToken: props.skillId,
      });
    }
  }
}
