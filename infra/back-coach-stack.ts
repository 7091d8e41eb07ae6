import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { SkillAlarms } from "./constructs/alarms";
import { AlexaSkill } from "./constructs/alexa-skill";
import { SkillFunction } from "./constructs/skill-function";
import { UserTable } from "./constructs/user-table";
import type { StackSettings } from "./settings";

export interface BackCoachStackProps extends StackProps {
  readonly settings: StackSettings;
}

/** Everything Back Coach runs on: the users' table, the skill's Lambda, its alarms. */
export class BackCoachStack extends Stack {
  readonly userTable: UserTable;
  readonly skillFunction: SkillFunction;
  readonly alarms: SkillAlarms;

  constructor(scope: Construct, id: string, props: BackCoachStackProps) {
    super(scope, id, props);
    const { settings } = props;
    this.userTable = new UserTable(this, "Users");
    this.skillFunction = new SkillFunction(this, "Skill", {
      table: this.userTable.table,
      ...(settings.skillId ? { skillId: settings.skillId } : {}),
      logLevel: settings.logLevel,
      logRetention: settings.logRetentionDays as RetentionDays,
    });
    this.alarms = new SkillAlarms(this, "Alarms", {
      fn: this.skillFunction.fn,
      table: this.userTable.table,
      ...(settings.alarmEmail ? { email: settings.alarmEmail } : {}),
    });
    if (settings.alexa) {
      new AlexaSkill(this, "AlexaSkill", {
        endpoint: this.skillFunction.fn,
        credentials: settings.alexa,
      });
    }
    new CfnOutput(this, "SkillFunctionArn", {
      value: this.skillFunction.fn.functionArn,
      description: "Paste into the Alexa developer console: Build > Endpoint > AWS Lambda ARN.",
    });
    new CfnOutput(this, "TableName", { value: this.userTable.table.tableName });
  }
}
