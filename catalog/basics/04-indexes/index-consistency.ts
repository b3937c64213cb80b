import { QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { backoffDelayMs, sleep } from "../../../src/catalog/runtime/retry.js";

// #region waitUntilSellerIndexShows
/**
 * Global indexes are updated asynchronously: DynamoDB acknowledges the write, then propagates it
 * to each global index, usually within a fraction of a second but with no upper bound promised
 * (longer when the index is throttled). A workflow step that must find a new order through
 * BySeller (an integration test, a back-office tool) polls with backoff instead of assuming the
 * first read sees it. Returns false when the order is still invisible after the attempts.
 * Request handlers should not do this: they return the order they just wrote, or read it from the
 * table by its key with ConsistentRead.
 */
export async function waitUntilSellerIndexShows(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  order: { sellerId: string; placedAt: string; orderId: string },
  { maxAttempts = 6, baseMs = 50 }: { maxAttempts?: number; baseMs?: number } = {},
): Promise<boolean> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (attempt > 0) await sleep(backoffDelayMs(attempt, { baseMs }));
    const response = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: "BySeller",
        KeyConditionExpression: "sellerId = :seller AND placedAt = :placedAt",
        FilterExpression: "orderId = :orderId",
        ExpressionAttributeValues: {
          ":seller": order.sellerId,
          ":placedAt": order.placedAt,
          ":orderId": order.orderId,
        },
      }),
    );
    if ((response.Count ?? 0) > 0) return true;
  }
  return false;
}
// #endregion waitUntilSellerIndexShows
