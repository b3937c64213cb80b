/**
 * Places an order, which one PutItem writes to the table and to every index the item belongs to,
 * then reads a seller's orders, newest first, through the global index BySeller. Shows the write
 * billed per index (ReturnConsumedCapacity INDEXES) and what an INCLUDE projection keeps in the
 * index: the dashboard's attributes, not the order lines. Run it with
 * `npx tsx catalog/basics/04-indexes/examples/01-global-index.ts`; in process by default, or
 * against the endpoint in DYNAMODB_ENDPOINT (see HOW_TO_RUN.md).
 */
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { sellerOrders } from "../index-queries.js";
import { model } from "../model.js";
import { placeOrder } from "../orders.js";
import { newBooksOrder } from "./narration.js";

const connection = await connect();
try {
  await createModelTables(connection, model);
  await seedModel(connection, model);
  const table = connection.tableName("MarketplaceOrders");
  const documentClient = connection.documentClient;

  step("Place an order: one PutItem writes the table and every index the item belongs to");
  show("order", newBooksOrder);
  const placed = await placeOrder(documentClient, table, newBooksOrder);
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
} finally {
  await dropModelTables(connection, model);
  await connection.close();
}
