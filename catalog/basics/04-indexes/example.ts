// Runs the index patterns step by step: `npx tsx catalog/basics/04-indexes/example.ts`.
// In process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../src/catalog/runtime/narrate.js";
import { waitUntilSellerIndexShows } from "./index-consistency.js";
import { customerOrdersByTotal, sellerOrders } from "./index-queries.js";
import { model } from "./model.js";
import { markShipped, placeOrder, type NewOrder } from "./orders.js";
import { ordersAwaitingShipment } from "./sparse-index.js";

const connection = await connect();
try {
  await createModelTables(connection, model);
  await seedModel(connection, model);
  const table = connection.tableName("MarketplaceOrders");
  const documentClient = connection.documentClient;

  step("Place an order: one PutItem writes the table and every index the item belongs to");
  const order: NewOrder = {
    customerId: "alan",
    orderId: "o-1011",
    sellerId: "books",
    placedAt: "2026-03-06T08:00:00Z",
    total: 31.4,
    lines: ["Intelligent Machinery"],
    warehouse: "DUB1",
  };
  show("order", order);
  const placed = await placeOrder(documentClient, table, order);
  show("stored item", placed.order);
  show("response", {
    "ItemCollectionMetrics.SizeEstimateRangeGB (local index limit: 10 GB)": placed.itemCollectionSizeGB,
    ConsumedCapacity: placed.consumedCapacity,
  });

  step("GSI BySeller: the books seller's orders, newest first (INCLUDE projection: no order lines)");
  show("request", {
    TableName: table,
    IndexName: "BySeller",
    KeyConditionExpression: "sellerId = :seller",
    ExpressionAttributeValues: { ":seller": "books" },
    ScanIndexForward: false,
  });
  const books = await sellerOrders(documentClient, table, "books");
  show("attributes of each index entry", Object.keys(books[0] ?? {}));
  show(
    "orders",
    books.map(({ orderId, placedAt, customerId, status, total }) => ({
      orderId,
      placedAt,
      customerId,
      status,
      total,
    })),
  );

  step("LSI ByTotal: Ada's orders by amount, largest first, strongly consistent");
  const byTotal = await customerOrdersByTotal(documentClient, table, "ada");
  show(
    "orders",
    byTotal.map(({ orderId, total, status }) => ({ orderId, total, status })),
  );
  const consistentCost = await documentClient.send(
    new QueryCommand({
      TableName: table,
      IndexName: "ByTotal",
      KeyConditionExpression: "PK = :customer",
      ExpressionAttributeValues: { ":customer": "CUSTOMER#ada" },
      ConsistentRead: true,
      ReturnConsumedCapacity: "INDEXES",
    }),
  );
  show("the same query, asking for its cost", {
    Count: consistentCost.Count,
    ConsumedCapacity: consistentCost.ConsumedCapacity,
  });

  step("Sparse GSI AwaitingShipment (KEYS_ONLY): Dublin's pick queue, hydrated with BatchGetItem");
  const queue = await ordersAwaitingShipment(documentClient, table, "DUB1");
  show(
    "queue, oldest first",
    queue.orders.map(({ orderId, placedAt, lines }) => ({ orderId, placedAt, lines })),
  );
  show("read units: index query, then table batch get", queue.capacityUnits);

  step("Ship the oldest order: REMOVE awaitingShipmentFrom takes it out of the sparse index");
  const shipped = await markShipped(documentClient, table, "alan", "o-1008");
  show("outcome", shipped);
  const after = await ordersAwaitingShipment(documentClient, table, "DUB1");
  show(
    "queue now",
    after.orders.map((entry) => entry.orderId),
  );
  show("shipping it again", await markShipped(documentClient, table, "alan", "o-1008"));
  show("shipping an order that does not exist", await markShipped(documentClient, table, "alan", "o-0000"));

  step("Global indexes are eventually consistent");
  try {
    await documentClient.send(
      new QueryCommand({
        TableName: table,
        IndexName: "BySeller",
        KeyConditionExpression: "sellerId = :seller",
        ExpressionAttributeValues: { ":seller": "books" },
        ConsistentRead: true,
      }),
    );
  } catch (error) {
    const { name, message } = error as Error;
    show("ConsistentRead on BySeller is refused", { name, message });
  }
  const visible = await waitUntilSellerIndexShows(documentClient, table, order);
  show("new order o-1011 visible in BySeller (polled with backoff)", visible);
} finally {
  await dropModelTables(connection, model);
  await connection.close();
}
