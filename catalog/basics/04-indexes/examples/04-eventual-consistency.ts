/**
 * Eventual consistency of global indexes: ConsistentRead is refused, new writes are polled for with backoff.
 * A strongly consistent read on BySeller is a ValidationException; a workflow step that must see
 * a new order through the index polls with backoff and a limit until it shows, instead of
 * assuming the first read sees it or sleeping for a fixed time. Runs in process by default; set
 * DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { waitUntilSellerIndexShows } from "../index-consistency.js";
import { model } from "../model.js";
import { placeOrder } from "../orders.js";
import { newBooksOrder } from "./new-orders.js";

await runExample(model, async (connection) => {
  const table = connection.tableName("MarketplaceOrders");
  const documentClient = connection.documentClient;

  step("Global indexes are eventually consistent: ConsistentRead on BySeller is refused");
  const request = {
    TableName: table,
    IndexName: "BySeller",
    KeyConditionExpression: "sellerId = :seller",
    ExpressionAttributeValues: { ":seller": "books" },
    ConsistentRead: true,
  };
  show("request", request);
  try {
    await documentClient.send(new QueryCommand(request));
    throw new Error("a consistent read on a global index was accepted");
  } catch (error) {
    const { name, message } = error as Error;
    if (name !== "ValidationException") throw error;
    show("refused", { name, message });
  }

  step("Place an order, then poll BySeller with backoff until it shows");
  await placeOrder(documentClient, table, newBooksOrder);
  const visible = await waitUntilSellerIndexShows(documentClient, table, newBooksOrder);
  show(`new order ${newBooksOrder.orderId} visible in BySeller (polled with backoff)`, visible);
});
