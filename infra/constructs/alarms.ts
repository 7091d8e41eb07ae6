import { Duration } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import { ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import { TABLE_ACTIONS } from "./skill-function";

/** The table operations lambda/store uses, as the metrics name them ("PutItem"). */
const TABLE_OPERATIONS = TABLE_ACTIONS.map((action) => action.replace("dynamodb:", ""));

/** p99 duration that means users are close to Alexa's 8-second limit. */
export const SLOW_P99_MS = 6000;

export interface SkillAlarmsProps {
  readonly fn: IFunction;
  readonly table: Table;
  readonly email?: string;
}

/** What should wake someone: errors, throttling, answers getting slow, DynamoDB trouble. */
export class SkillAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, { fn, table, email }: SkillAlarmsProps) {
    super(scope, id);
    const fiveMinutes = Duration.minutes(5);
    this.add(
      "LambdaErrors",
      fn.metricErrors({ period: fiveMinutes }),
      1,
      "The skill's Lambda failed.",
    );
    this.add(
      "LambdaThrottles",
      fn.metricThrottles({ period: fiveMinutes }),
      1,
      "The skill's Lambda was throttled.",
    );
    this.add(
      "SlowAnswers",
      fn.metricDuration({ period: fiveMinutes, statistic: "p99" }),
      SLOW_P99_MS,
      `p99 answer time is over ${SLOW_P99_MS} ms: close to Alexa's 8-second limit.`,
    );
    // Summed over the operations the skill uses (the table's metrics are per operation).
    const acrossOperations = (metricName: string) =>
      sumOf(
        TABLE_OPERATIONS.map((operation) =>
          table.metric(metricName, {
            dimensionsMap: { TableName: table.tableName, Operation: operation },
            period: fiveMinutes,
            statistic: "Sum",
          }),
        ),
      );
    this.add(
      "DynamoThrottles",
      acrossOperations("ThrottledRequests"),
      1,
      "DynamoDB throttled the skill's requests.",
    );
    this.add(
      "DynamoSystemErrors",
      acrossOperations("SystemErrors"),
      1,
      "DynamoDB returned server errors.",
    );
    if (email) {
      // Encrypted at rest with a key CloudWatch may use to publish alarms.
      const key = new Key(this, "TopicKey", { enableKeyRotation: true });
      key.grant(
        new ServicePrincipal("cloudwatch.amazonaws.com"),
        "kms:Decrypt",
        "kms:GenerateDataKey*",
      );
      this.topic = new Topic(this, "Topic", { masterKey: key, enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(email));
      const action = new SnsAction(this.topic);
      for (const alarm of this.alarms) alarm.addAlarmAction(action);
    }
  }

  private add(id: string, metric: IMetric, threshold: number, description: string): void {
    this.alarms.push(
      new Alarm(this, id, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }),
    );
  }
}

function sumOf(metrics: IMetric[]): MathExpression {
  const usingMetrics = Object.fromEntries(metrics.map((metric, i) => [`m${i}`, metric]));
  return new MathExpression({
    // SUM of the array treats an operation with no data as zero.
    expression: `SUM([${Object.keys(usingMetrics).join(", ")}])`,
    usingMetrics,
    period: Duration.minutes(5),
  });
}
