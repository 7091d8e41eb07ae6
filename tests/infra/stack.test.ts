import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { BackCoachStack } from "../../infra/back-coach-stack";
import { SLOW_P99_MS } from "../../infra/constructs/alarms";
import { TABLE_ACTIONS } from "../../infra/constructs/skill-function";
import { readSettings } from "../../infra/settings";

const SKILL = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012";

/** The stack as `cdk synth` builds it, minus bundling (the real synth test bundles). */
function synth(context: Record<string, string>) {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  const stack = new BackCoachStack(app, "BackCoach", {
    settings: readSettings((key) => context[key], {}),
  });
  return { stack, template: Template.fromStack(stack) };
}

const plain = synth({ skillId: SKILL });
const withEverything = synth({
  skillId: SKILL,
  alarmEmail: "ops@example.com",
  alexaVendorId: "V123",
  lwaClientId: "amzn1.application-oa2-client.x",
  lwaClientSecret: "secret",
  lwaRefreshToken: "Atzr|token",
});

describe("the users' table", () => {
  it("is on-demand with pk/sk string keys, point-in-time recovery, TTL and AWS-managed encryption", () => {
    plain.template.hasResourceProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it("is kept when the stack goes, and has no secondary index", () => {
    plain.template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
    const [table] = Object.values(plain.template.findResources("AWS::DynamoDB::Table"));
    expect(table?.Properties.GlobalSecondaryIndexes).toBeUndefined();
  });
});

describe("the skill's Lambda", () => {
  it("runs Node.js 24 on arm64 with 1024 MB, a 7 s timeout and its settings", () => {
    plain.template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs24.x",
      Architectures: ["arm64"],
      MemorySize: 1024,
      Timeout: 7,
      Handler: "index.handler",
      Environment: {
        Variables: {
          TABLE_NAME: Match.objectLike({ Ref: Match.anyValue() }),
          SKILL_ID: SKILL,
          LOG_LEVEL: "info",
          // No --enable-source-maps: it slows cold starts (README, Performance).
          NODE_OPTIONS: Match.absent(),
        },
      },
    });
  });

  it("logs to its own group with a retention", () => {
    plain.template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
    plain.template.hasResourceProperties("AWS::Lambda::Function", {
      LoggingConfig: { LogGroup: Match.objectLike({ Ref: Match.anyValue() }) },
    });
  });

  it("may only do the five table actions the store uses, on this table", () => {
    const policies = plain.template.findResources("AWS::IAM::Policy");
    const statements = Object.values(policies).flatMap(
      (policy) =>
        policy.Properties.PolicyDocument.Statement as {
          Action: string | string[];
          Resource: unknown;
        }[],
    );
    const dynamo = statements.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith("dynamodb:")),
    );
    expect(dynamo).toHaveLength(1);
    expect([dynamo[0]?.Action].flat().sort()).toEqual([...TABLE_ACTIONS].sort());
    // Spelled out, so a store that starts or stops using an action has to say so here too.
    expect([...TABLE_ACTIONS].sort()).toEqual([
      "dynamodb:BatchWriteItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
    ]);
    expect(JSON.stringify(dynamo[0]?.Resource)).toContain("UsersTable");
    expect(JSON.stringify(statements)).not.toMatch(/"dynamodb:\*"|"\*"/);
  });

  it("uses no AWS-managed policy", () => {
    const roles = plain.template.findResources("AWS::IAM::Role");
    for (const role of Object.values(roles))
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("can be invoked by Alexa only for this skill", () => {
    plain.template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      Principal: "alexa-appkit.amazon.com",
      EventSourceToken: SKILL,
    });
    const permissions = Object.values(plain.template.findResources("AWS::Lambda::Permission"));
    for (const permission of permissions)
      expect(permission.Properties.EventSourceToken).toBeDefined();
  });
});

describe("alarms", () => {
  it("watches errors, throttles, p99 near Alexa's limit and DynamoDB trouble", () => {
    plain.template.resourceCountIs("AWS::CloudWatch::Alarm", 5);
    plain.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "Errors",
      Threshold: 1,
    });
    plain.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "Throttles",
      Threshold: 1,
    });
    plain.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "Duration",
      ExtendedStatistic: "p99",
      Threshold: SLOW_P99_MS,
    });
    const expressions = JSON.stringify(plain.template.findResources("AWS::CloudWatch::Alarm"));
    expect(expressions).toContain("ThrottledRequests");
    expect(expressions).toContain("SystemErrors");
    // Watched on every operation the store uses, the saves' UpdateItem among them.
    for (const action of TABLE_ACTIONS)
      expect(expressions).toContain(
        JSON.stringify({ Name: "Operation", Value: action.replace("dynamodb:", "") }),
      );
    expect(SLOW_P99_MS).toBeLessThan(8000);
  });

  it("e-mails them through an encrypted topic only when an address is given", () => {
    plain.template.resourceCountIs("AWS::SNS::Topic", 0);
    withEverything.template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.com",
    });
    withEverything.template.hasResourceProperties("AWS::SNS::Topic", {
      KmsMasterKeyId: Match.anyValue(),
    });
    withEverything.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      AlarmActions: [Match.anyValue()],
    });
  });
});

describe("the Alexa skill, deployed with the stack", () => {
  it("is created only when Alexa developer credentials are given", () => {
    plain.template.resourceCountIs("Alexa::ASK::Skill", 0);
    withEverything.template.hasResourceProperties("Alexa::ASK::Skill", {
      VendorId: "V123",
      SkillPackage: Match.objectLike({
        Overrides: {
          Manifest: {
            apis: { custom: { endpoint: { uri: Match.anyValue() } } },
            events: Match.anyValue(),
          },
        },
      }),
    });
  });

  it("ends up invokable only by the new skill", () => {
    withEverything.template.hasResourceProperties("AWS::Lambda::Permission", {
      Principal: "alexa-appkit.amazon.com",
      EventSourceToken: { Ref: Match.stringLikeRegexp("AlexaSkill") },
    });
    const calls = JSON.stringify(withEverything.template.findResources("Custom::AWS"));
    expect(calls).toContain("removePermission");
    expect(calls).toContain("AlexaSkillCreation");
  });
});

describe("cdk-nag AwsSolutions", () => {
  it.each([
    ["the plain stack", plain.stack],
    ["the stack with alarms by e-mail and the skill", withEverything.stack],
  ])("finds nothing unjustified in %s", (_, stack) => {
    const report = new AwsSolutionsChecks(stack).validateScope(stack);
    expect(
      report.violations.map(
        (v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(", ")}`,
      ),
    ).toEqual([]);
  });
});
