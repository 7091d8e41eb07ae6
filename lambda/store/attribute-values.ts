import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";

/**
 * The store's items and values in DynamoDB's own form (`{ S: "PROFILE" }`), as the low-level
 * client sends and returns them (dynamo-client.ts says why the store uses that client). The
 * same conversion the document client makes, undefined values left out as it was told to.
 */
export type Attributes = Record<string, AttributeValue>;

/** An item or a set of expression values, as plain JavaScript values. */
export type PlainItem = Record<string, unknown>;

export function toAttributes(item: PlainItem): Attributes {
  return marshall(item, { removeUndefinedValues: true });
}

export function fromAttributes(attributes: Attributes): PlainItem {
  return unmarshall(attributes);
}
