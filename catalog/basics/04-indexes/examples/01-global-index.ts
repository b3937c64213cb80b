/**
 * Global index: one PutItem writes the table and every index, then BySeller lists a seller's orders.
 * The write is billed per index (ReturnConsumedCapacity INDEXES), and the seller's orders come
 * back newest first with only what the INCLUDE projection keeps: the dashboard's attributes, not
 * the order lines. Runs in process by default; set DYNAMODB_ENDPOINT to use a server (see
 * HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { sellerOrders } from "../index-queries.js";
import { model } from "../model.js";
import { placeOrder } from "../orders.js";
import { newBooksOrder } from "./new-orders.js";

await runExample(model, async (connection) => {
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
});
