import { ConditionalCheckFailedException, type ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export type OrderStatus = "PLACED" | "SHIPPED" | "DELIVERED";

/** An order as stored: key attributes, index key attributes and the order's own attributes. */
export interface Order {
  PK: string;
  SK: string;
  customerId: string;
  orderId: string;
  sellerId: string;
  placedAt: string;
  status: OrderStatus;
  total: number;
  lines: string[];
  /** Present only while the order waits to ship: the key of the sparse AwaitingShipment index. */
  awaitingShipmentFrom?: string;
  shippedFrom?: string;
}

export interface NewOrder {
  customerId: string;
  orderId: string;
  sellerId: string;
  placedAt: string;
  total: number;
  lines: string[];
  warehouse: string;
}

export const orderKey = (customerId: string, orderId: string) => ({
  PK: `CUSTOMER#${customerId}`,
  SK: `ORDER#${orderId}`,
});

export class OrderAlreadyExistsError extends Error {
  override readonly name = "OrderAlreadyExistsError";
  constructor(readonly orderId: string) {
    super(`Order ${orderId} already exists`);
  }
}

// #region placeOrder
/**
 * Writes a new order. The item carries the key of every index it belongs to, so one PutItem also
 * writes one entry in BySeller, one in ByTotal and (being unshipped) one in AwaitingShipment: four
 * write units for a small item, where the table alone would cost one. ItemCollectionMetrics
 * reports the customer's item collection size, which a local index caps at 10 GB.
 */
export async function placeOrder(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  order: NewOrder,
): Promise<{ order: Order; consumedCapacity?: ConsumedCapacity; itemCollectionSizeGB?: number[] }> {
  const { warehouse, ...attributes } = order;
  const item: Order = {
    ...orderKey(order.customerId, order.orderId),
    ...attributes,
    status: "PLACED",
    awaitingShipmentFrom: warehouse,
  };
  try {
    const response = await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: "attribute_not_exists(PK)",
        ReturnConsumedCapacity: "INDEXES",
        ReturnItemCollectionMetrics: "SIZE",
      }),
    );
    return {
      order: item,
      consumedCapacity: response.ConsumedCapacity,
      itemCollectionSizeGB: response.ItemCollectionMetrics?.SizeEstimateRangeGB,
    };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new OrderAlreadyExistsError(order.orderId);
    throw error;
  }
}
// #endregion placeOrder

export type ShipOutcome =
  | { outcome: "shipped"; consumedCapacity?: ConsumedCapacity }
  | { outcome: "already-shipped" }
  | { outcome: "not-found" };

// #region markShipped
/**
 * Ships an order: REMOVE of awaitingShipmentFrom takes it out of the sparse AwaitingShipment index
 * in the same write (the item stays in the table and in the other indexes). The condition makes
 * shipping happen once; on refusal, ReturnValuesOnConditionCheckFailure hands back the item as it
 * was, which tells "already shipped" from "no such order" without a second read.
 */
export async function markShipped(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  orderId: string,
): Promise<ShipOutcome> {
  try {
    const response = await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: orderKey(customerId, orderId),
        UpdateExpression:
          "SET #status = :shipped, shippedFrom = awaitingShipmentFrom REMOVE awaitingShipmentFrom",
        ConditionExpression: "attribute_exists(awaitingShipmentFrom)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":shipped": "SHIPPED" },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        ReturnConsumedCapacity: "INDEXES",
      }),
    );
    return { outcome: "shipped", consumedCapacity: response.ConsumedCapacity };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      return error.Item === undefined ? { outcome: "not-found" } : { outcome: "already-shipped" };
    }
    throw error;
  }
}
// #endregion markShipped
