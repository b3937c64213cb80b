import { paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Order } from "./orders.js";

/** What the BySeller index holds for an order: its keys plus the INCLUDE list. */
export type SellerOrderSummary = Pick<
  Order,
  "PK" | "SK" | "sellerId" | "placedAt" | "orderId" | "customerId" | "status" | "total"
>;

// #region sellerOrders
/**
 * A seller's orders, newest first, from the global index BySeller. The index has its own
 * partitions keyed by sellerId, so this is a Query, not a Scan of every customer. Reads of a global
 * index are always eventually consistent (asking for ConsistentRead is a ValidationException), and
 * return only projected attributes: the order lines are not in this index.
 */
export async function sellerOrders(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  sellerId: string,
  { placedSince }: { placedSince?: string } = {},
): Promise<SellerOrderSummary[]> {
  const orders: SellerOrderSummary[] = [];
  const pages = paginateQuery(
    { client: documentClient },
    {
      TableName: tableName,
      IndexName: "BySeller",
      KeyConditionExpression:
        placedSince === undefined ? "sellerId = :seller" : "sellerId = :seller AND placedAt >= :since",
      ExpressionAttributeValues:
        placedSince === undefined ? { ":seller": sellerId } : { ":seller": sellerId, ":since": placedSince },
      ScanIndexForward: false,
    },
  );
  for await (const page of pages) orders.push(...((page.Items ?? []) as SellerOrderSummary[]));
  return orders;
}
// #endregion sellerOrders

// #region customerOrdersByTotal
/**
 * A customer's orders by amount, largest first, from the local index ByTotal: same partition key
 * as the table, another sort key. A local index is updated in the same write as its table item,
 * so a strongly consistent read sees the latest write (at twice the read cost of an eventually
 * consistent one).
 */
export async function customerOrdersByTotal(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  { minTotal }: { minTotal?: number } = {},
): Promise<Order[]> {
  const orders: Order[] = [];
  const pages = paginateQuery(
    { client: documentClient },
    {
      TableName: tableName,
      IndexName: "ByTotal",
      KeyConditionExpression: minTotal === undefined ? "PK = :customer" : "PK = :customer AND #total >= :min",
      // `total` is a reserved word.
      ...(minTotal === undefined ? {} : { ExpressionAttributeNames: { "#total": "total" } }),
      ExpressionAttributeValues:
        minTotal === undefined
          ? { ":customer": `CUSTOMER#${customerId}` }
          : { ":customer": `CUSTOMER#${customerId}`, ":min": minTotal },
      ScanIndexForward: false,
      ConsistentRead: true,
    },
  );
  for await (const page of pages) orders.push(...((page.Items ?? []) as Order[]));
  return orders;
}
// #endregion customerOrdersByTotal
