import { execFileSync } from "node:child_process";
import { dirname } from "node:path";
import { AssetHashType, DockerImage, Duration } from "aws-cdk-lib";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Code, Function as LambdaFunction, Runtime } from "aws-cdk-lib/aws-lambda";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { BUNDLE_SCRIPT, LAMBDA_ENTRY, TSX } from "../lambda-bundling";

/**
 * Exactly the DynamoDB actions lambda/store uses: Query (load the record's two items, history,
 * finding a user's items to delete), UpdateItem (save the profile's fields that changed),
 * PutItem (the position, a new user's first save, a damaged record rewritten whole, a version
 * healed, log a workout), BatchWriteItem (delete them). No GetItem: every read is a Query.
 */
export const TABLE_ACTIONS = [
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
 * The asset: the code split into files by esbuild, with the AWS SDK inside, and the words and
 * segment estimates beside it (scripts/bundle-lambda.ts), built here with the local esbuild. Its
 * hash is the output's, so an unchanged build deploys nothing.
 */
function skillCode(): Code {
  return Code.fromAsset(dirname(LAMBDA_ENTRY), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: {
        tryBundle(outputDir) {
          execFileSync(TSX, [BUNDLE_SCRIPT, outputDir], {
            stdio: ["ignore", "inherit", "inherit"],
          });
          return true;
        },
      },
      // Never used: the local build above either succeeds or fails the synth (no Docker).
      image: DockerImage.fromRegistry("public.ecr.aws/sam/build-nodejs24.x"),
    },
  });
}

/**
 * The skill's Lambda: Node.js 24 on arm64, its code bundled with the AWS SDK inside and split so
 * that a cold start loads what a launch needs (infra/lambda-build.ts). Only the Alexa Skills Kit
 * may invoke it, and only for this skill's id.
 */
export class SkillFunction extends Construct {
  readonly fn: LambdaFunction;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, "Logs", { retention: props.logRetention });
    // Its own role: write to its own log group and the table actions below, nothing else (no
    // AWS-managed basic execution policy, which allows writing to any log group).
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    });
    logGroup.grantWrite(role);
    this.fn = new LambdaFunction(this, "Function", {
      role,
      code: skillCode(),
      // index.js's export (ENTRY_FILE), which Lambda loads with require().
      handler: "index.handler",
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
