import {
  IdempotentParameterMismatchException,
  TransactionCanceledException,
  type CancellationReason,
} from "@aws-sdk/client-dynamodb";
import { TransactGetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { productKey, toProduct, type Product } from "./products.js";

export interface Order {
  orderId: string;
  customerId: string;
  sku: string;
  quantity: number;
  status: "PLACED";
}

export function orderKey(orderId: string): { PK: string; SK: string } {
  return { PK: `ORDER#${orderId}`, SK: "ORDER" };
}

export function customerKey(customerId: string): { PK: string; SK: string } {
  return { PK: `CUSTOMER#${customerId}`, SK: "PROFILE" };
}

function toOrder(stored: Record<string, unknown>): Order {
  const { orderId, customerId, sku, quantity, status } = stored as unknown as Order;
  return { orderId, customerId, sku, quantity, status };
}

// #region explainCancellation
/** The actions of placeOrder's transaction, in the order they are sent. */
export const PLACE_ORDER_ACTIONS = ["check customer", "reserve stock", "create order"] as const;

export interface FailedAction {
  action: (typeof PLACE_ORDER_ACTIONS)[number];
  /** ConditionalCheckFailed, TransactionConflict, ValidationError, ... */
  code: string;
  /** The item as it was, when the action asked for it with ReturnValuesOnConditionCheckFailure. */
  item?: Record<string, unknown>;
}

/**
 * CancellationReasons has one entry per action, in request order; actions that did not cause the
 * cancellation carry the code `None`. Pairing each reason with its action by position is the only
 * way to learn which condition failed.
 */
export function explainCancellation(reasons: CancellationReason[]): FailedAction[] {
  const failed: FailedAction[] = [];
  reasons.forEach((reason, position) => {
    if (!reason.Code || reason.Code === "None") return;
    const action = PLACE_ORDER_ACTIONS[position];
    if (!action) return;
    failed.push({
      action,
      code: reason.Code,
      ...(reason.Item ? { item: unmarshall(reason.Item) } : {}),
    });
  });
  return failed;
}
// #endregion explainCancellation

// #region placeOrder
export type PlaceOrderResult =
  | { placed: true; order: Order }
  | { placed: false; reason: "customer-not-active" }
  | { placed: false; reason: "unknown-product" }
  | { placed: false; reason: "insufficient-stock"; available: number }
  | { placed: false; reason: "duplicate-order"; existing: Order }
  | { placed: false; reason: "request-token-reused" }
  | { placed: false; reason: "conflict"; failed: FailedAction[] };

/**
 * Places an order and takes its stock in one all-or-nothing step: the customer must be active
 * (a ConditionCheck, which reads without writing), the stock must cover the quantity, and the
 * order id must be new. If any condition fails, nothing is written.
 *
 * `requestToken` makes retries safe: DynamoDB remembers a successful transaction's token for ten
 * minutes, and the same request with the same token succeeds again without writing twice. The
 * same token with a different request is refused.
 */
export async function placeOrder(
  client: DynamoDBDocumentClient,
  tableName: string,
  order: Omit<Order, "status">,
  requestToken: string,
): Promise<PlaceOrderResult> {
  const placed: Order = { ...order, status: "PLACED" };
  try {
    await client.send(
      new TransactWriteCommand({
        ClientRequestToken: requestToken,
        TransactItems: [
          {
            ConditionCheck: {
              TableName: tableName,
              Key: customerKey(order.customerId),
              ConditionExpression: "accountStatus = :active",
              ExpressionAttributeValues: { ":active": "ACTIVE" },
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: productKey(order.sku),
              // The condition states the invariant itself, so concurrent orders for the same
              // product all succeed while stock lasts; no version check is needed here.
              UpdateExpression: "SET stock = stock - :quantity",
              ConditionExpression: "stock >= :quantity",
              ExpressionAttributeValues: { ":quantity": order.quantity },
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            },
          },
          {
            Put: {
              TableName: tableName,
              Item: { ...orderKey(order.orderId), ...placed },
              ConditionExpression: "attribute_not_exists(PK)",
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            },
          },
        ],
      }),
    );
    return { placed: true, order: placed };
  } catch (error) {
    if (error instanceof IdempotentParameterMismatchException) {
      return { placed: false, reason: "request-token-reused" };
    }
    if (!(error instanceof TransactionCanceledException)) throw error;
    const failed = explainCancellation(error.CancellationReasons ?? []);
    const conditionFailed = (action: FailedAction["action"]) =>
      failed.find((f) => f.action === action && f.code === "ConditionalCheckFailed");
    if (conditionFailed("check customer")) return { placed: false, reason: "customer-not-active" };
    const stock = conditionFailed("reserve stock");
    if (stock) {
      if (!stock.item) return { placed: false, reason: "unknown-product" };
      return { placed: false, reason: "insufficient-stock", available: Number(stock.item.stock) };
    }
    const duplicate = conditionFailed("create order");
    if (duplicate?.item)
      return { placed: false, reason: "duplicate-order", existing: toOrder(duplicate.item) };
    // TransactionConflict: another request touched one of the items at the same moment. Nothing
    // was written; the caller may retry with the same token.
    return { placed: false, reason: "conflict", failed };
  }
}
// #endregion placeOrder

// #region getOrderWithProduct
/**
 * Reads an order and its product as of one instant: no write can land between the two reads, so
 * the pair is never half-updated. Costs twice a consistent read of each item.
 */
export async function getOrderWithProduct(
  client: DynamoDBDocumentClient,
  tableName: string,
  orderId: string,
  sku: string,
): Promise<{ order?: Order; product?: Product }> {
  const { Responses = [] } = await client.send(
    new TransactGetCommand({
      TransactItems: [
        { Get: { TableName: tableName, Key: orderKey(orderId) } },
        { Get: { TableName: tableName, Key: productKey(sku) } },
      ],
    }),
  );
  const [order, product] = Responses.map((response) => response.Item);
  return {
    ...(order ? { order: toOrder(order) } : {}),
    ...(product ? { product: toProduct(product) } : {}),
  };
}
// #endregion getOrderWithProduct
