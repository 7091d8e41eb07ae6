import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Aws, Stack, Validations } from "aws-cdk-lib";
import { CfnSkill } from "aws-cdk-lib/alexa-ask";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { CfnPermission, type IFunction } from "aws-cdk-lib/aws-lambda";
import { Asset } from "aws-cdk-lib/aws-s3-assets";
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from "aws-cdk-lib/custom-resources";
import { Construct } from "constructs";
import type { StackSettings } from "../settings";

const ALEXA = "alexa-appkit.amazon.com";
/** The statement that lets Alexa validate the endpoint while the skill is being created. */
const CREATION_STATEMENT = "AlexaSkillCreation";
const REPO = join(import.meta.dirname, "../..");

export interface AlexaSkillProps {
  readonly endpoint: IFunction;
  readonly credentials: NonNullable<StackSettings["alexa"]>;
}

/**
 * The Alexa skill itself (manifest + interaction models), deployed with the stack when Alexa
 * developer credentials are given. Alexa checks that the endpoint accepts it while the skill is
 * created, before the skill's id exists; so a temporary statement allows that, and is removed
 * once a statement restricted to the new skill's id is in place.
 */
export class AlexaSkill extends Construct {
  readonly skill: CfnSkill;

  constructor(scope: Construct, id: string, { endpoint, credentials }: AlexaSkillProps) {
    super(scope, id);
    const skillPackage = new Asset(this, "Package", { path: assembleSkillPackage() });
    // Alexa reads exactly this one object: the zipped skill package.
    const packageRole = new Role(this, "PackageReader", { assumedBy: new ServicePrincipal(ALEXA) });
    packageRole.addToPolicy(
      new PolicyStatement({
        actions: ["s3:GetObject"],
        resources: [
          `arn:${Aws.PARTITION}:s3:::${skillPackage.s3BucketName}/${skillPackage.s3ObjectKey}`,
        ],
      }),
    );

    const policy = AwsCustomResourcePolicy.fromStatements([
      new PolicyStatement({
        actions: ["lambda:AddPermission", "lambda:RemovePermission"],
        resources: [endpoint.functionArn],
      }),
    ]);
    const removeCreationStatement: AwsSdkCall = {
      service: "Lambda",
      action: "removePermission",
      parameters: { FunctionName: endpoint.functionArn, StatementId: CREATION_STATEMENT },
      ignoreErrorCodesMatching: "ResourceNotFoundException",
      physicalResourceId: PhysicalResourceId.of(`${CREATION_STATEMENT}-removed`),
    };
    const openForCreation = new AwsCustomResource(this, "OpenForCreation", {
      policy,
      installLatestAwsSdk: false,
      onCreate: {
        service: "Lambda",
        action: "addPermission",
        parameters: {
          FunctionName: endpoint.functionArn,
          StatementId: CREATION_STATEMENT,
          Principal: ALEXA,
          Action: "lambda:InvokeFunction",
        },
        physicalResourceId: PhysicalResourceId.of(CREATION_STATEMENT),
      },
      onDelete: removeCreationStatement,
    });

    this.skill = new CfnSkill(this, "Skill", {
      vendorId: credentials.vendorId,
      authenticationConfiguration: {
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        refreshToken: credentials.refreshToken,
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageRole.roleArn,
        overrides: {
          manifest: {
            apis: { custom: { endpoint: { uri: endpoint.functionArn } } },
            events: { endpoint: { uri: endpoint.functionArn } },
          },
        },
      },
    });
    this.skill.node.addDependency(openForCreation);

    const restricted = new CfnPermission(this, "InvokeFromThisSkill", {
      functionName: endpoint.functionArn,
      principal: ALEXA,
      action: "lambda:InvokeFunction",
      eventSourceToken: this.skill.ref,
    });
    const closeAfterCreation = new AwsCustomResource(this, "CloseAfterCreation", {
      policy,
      installLatestAwsSdk: false,
      onCreate: removeCreationStatement,
      onUpdate: removeCreationStatement,
    });
    closeAfterCreation.node.addDependency(restricted);

    // The function CDK provides to run the two SDK calls above.
    const provider = Stack.of(this).node.tryFindChild(
      `AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, "")}`,
    );
    if (provider) {
      Validations.of(provider).acknowledge({
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason:
          "CDK's AwsCustomResource provider uses the AWS-managed basic execution policy for its own logs; it runs only at deploy time, to add and remove the two Lambda permission statements above.",
      });
    }
  }
}

/** The skill package layout ASK expects: skill.json and interactionModels/custom/<locale>.json. */
function assembleSkillPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), "back-coach-skill-package-"));
  cpSync(join(REPO, "infra/skill-package/skill.json"), join(dir, "skill.json"));
  mkdirSync(join(dir, "interactionModels/custom"), { recursive: true });
  cpSync(
    join(REPO, "interaction-model/en-US.json"),
    join(dir, "interactionModels/custom/en-US.json"),
  );
  return dir;
}
