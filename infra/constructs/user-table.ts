import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { KEY_SCHEMA } from "../../lambda/store/keys";

/** Name of the attribute DynamoDB's TTL reads (epoch seconds); reserved for expiring items. */
export const TTL_ATTRIBUTE = "expiresAt";

/**
 * Users' data: one on-demand table, keys `pk`/`sk` (the same schema the local console
 * creates). Kept when the stack is deleted, protected from deletion, with point-in-time
 * recovery: it is the users' history, not a cache.
 */
export class UserTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, "Table", {
      partitionKey: { name: KEY_SCHEMA.partitionKey, type: AttributeType.STRING },
      sortKey: { name: KEY_SCHEMA.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
