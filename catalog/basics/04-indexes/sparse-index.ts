import { BatchGetCommand, paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { backoffDelayMs, sleep } from "../../../src/catalog/runtime/retry.js";
import type { Order } from "./orders.js";

/** The most keys one BatchGetItem request may carry. */
export const BATCH_GET_LIMIT = 100;

type OrderKey = Pick<Order, "PK" | "SK">;

// #region ordersAwaitingShipment
/**
 * A warehouse's pick queue, oldest first. AwaitingShipment is sparse: only orders that carry
 * awaitingShipmentFrom are in it, so the query reads the queue and nothing else, however many
 * shipped orders the table holds. It is KEYS_ONLY, so the full orders are fetched from the table
 * with BatchGetItem. The table read is strongly consistent and is checked again: an index entry
 * can trail its item by a moment, and an order shipped meanwhile must not be picked twice.
 */
export async function ordersAwaitingShipment(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  warehouse: string,
): Promise<{ orders: Order[]; staleEntries: number; capacityUnits: { index: number; table: number } }> {
  const keys: OrderKey[] = [];
  let indexUnits = 0;
  const pages = paginateQuery(
    { client: documentClient },
    {
      TableName: tableName,
      IndexName: "AwaitingShipment",
      KeyConditionExpression: "awaitingShipmentFrom = :warehouse",
      ExpressionAttributeValues: { ":warehouse": warehouse },
      ReturnConsumedCapacity: "TOTAL",
    },
  );
  for await (const page of pages) {
    indexUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
    for (const entry of (page.Items ?? []) as OrderKey[]) keys.push({ PK: entry.PK, SK: entry.SK });
  }
  const { items, capacityUnits } = await batchGetOrders(documentClient, tableName, keys);
  const byKey = new Map(items.map((order) => [`${order.PK}\u0000${order.SK}`, order]));
  const orders: Order[] = [];
  for (const key of keys) {
    const order = byKey.get(`${key.PK}\u0000${key.SK}`);
    if (order !== undefined && order.awaitingShipmentFrom === warehouse) orders.push(order);
  }
  return {
    orders,
    staleEntries: keys.length - orders.length,
    capacityUnits: { index: indexUnits, table: capacityUnits },
  };
}
// #endregion ordersAwaitingShipment

// #region batchGetOrders
/**
 * Fetches orders by key, 100 keys per BatchGetItem request. DynamoDB may return part of a batch
 * in UnprocessedKeys (throttling, or the 16 MB response limit); those are sent again after an
 * exponentially growing, randomly jittered pause, until none are left or the attempts run out.
 * Items come back in no particular order.
 */
export async function batchGetOrders(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  keys: OrderKey[],
  { maxAttempts = 8 }: { maxAttempts?: number } = {},
): Promise<{ items: Order[]; capacityUnits: number }> {
  const items: Order[] = [];
  let capacityUnits = 0;
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    let pending: Record<string, unknown>[] = keys.slice(start, start + BATCH_GET_LIMIT);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === maxAttempts) {
        throw new Error(
          `${pending.length} keys of ${tableName} still unprocessed after ${maxAttempts} attempts`,
        );
      }
      if (attempt > 0) await sleep(backoffDelayMs(attempt));
      const response = await documentClient.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } },
          ReturnConsumedCapacity: "TOTAL",
        }),
      );
      for (const used of response.ConsumedCapacity ?? []) capacityUnits += used.CapacityUnits ?? 0;
      items.push(...((response.Responses?.[tableName] ?? []) as Order[]));
      pending = response.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return { items, capacityUnits };
}
// #endregion batchGetOrders
