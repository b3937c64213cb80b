import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * One group of a user's settings ("notifications", "privacy"...), stored in a table whose
 * composite primary key is `userId` (partition) + `group` (sort): all groups of one user live in
 * one item collection, so one Query returns them together.
 */
export interface UserSettings {
  userId: string;
  group: string;
  /** Setting name → value. `values` is a DynamoDB reserved word, so expressions name it `#values`. */
  values: Record<string, string | number | boolean>;
  updatedAt: string;
}

// #region getSettings
/** A composite key needs both parts to address one item: GetItem never matches on a prefix. */
export async function getSettings(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
  group: string,
): Promise<UserSettings | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { userId, group } }));
  return Item as UserSettings | undefined;
}
// #endregion getSettings

// #region listSettings
/**
 * What the composite key buys: every group of one user with a single Query on the partition key,
 * sorted by group name. A table keyed on `userId` alone could hold only one item per user.
 */
export async function listSettings(
  db: DynamoDBDocumentClient,
  tableName: string,
  userId: string,
): Promise<UserSettings[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "userId = :userId",
      ExpressionAttributeValues: { ":userId": userId },
    }),
  );
  // A user has a handful of groups, far below the 1 MB a Query page can return.
  return (Items ?? []) as UserSettings[];
}
// #endregion listSettings

// #region saveSetting
/**
 * Sets one value inside the item's `values` map, leaving the other settings untouched, so two
 * devices changing different settings at the same time do not overwrite each other. A nested SET
 * fails when the parent map is missing, and `SET #values = if_not_exists(...)` cannot be combined
 * with `#values.#name` in one expression (overlapping paths), so the first write of a group
 * creates the map instead; if another writer created it in between, the nested SET is retried.
 */
export async function saveSetting(
  db: DynamoDBDocumentClient,
  tableName: string,
  change: { userId: string; group: string; name: string; value: string | number | boolean; at: string },
): Promise<void> {
  const { userId, group, name, value, at } = change;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { userId, group },
          UpdateExpression: "SET #values.#name = :value, updatedAt = :at",
          ConditionExpression: "attribute_exists(#values)",
          ExpressionAttributeNames: { "#values": "values", "#name": name },
          ExpressionAttributeValues: { ":value": value, ":at": at },
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { userId, group },
          UpdateExpression: "SET #values = :values, updatedAt = :at",
          ConditionExpression: "attribute_not_exists(#values)",
          ExpressionAttributeNames: { "#values": "values" },
          ExpressionAttributeValues: { ":values": { [name]: value }, ":at": at },
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  throw new Error(`Could not save setting ${name} of ${userId}/${group}: the item kept changing shape`);
}
// #endregion saveSetting
