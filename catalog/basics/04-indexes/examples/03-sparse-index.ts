/**
 * Sparse index: the keys-only AwaitingShipment index as a warehouse's pick queue, entered and left by writes.
 * Only orders still waiting to ship carry the index key, so a new order joins the queue with the
 * write that places it; the queue's keys are hydrated from the table with BatchGetItem; shipping
 * removes the key attribute and the order leaves the queue in the same write, and the guarded
 * write refuses to ship twice or to ship an order that does not exist. Runs in process by
 * default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { model } from "../model.js";
import { markShipped, placeOrder } from "../orders.js";
import { ordersAwaitingShipment } from "../sparse-index.js";
import { newBooksOrder } from "./new-orders.js";

await runExample(model, async (connection) => {
  const table = connection.tableName("MarketplaceOrders");
  const documentClient = connection.documentClient;

  step("A new order waiting to ship from Dublin carries awaitingShipmentFrom, so it joins the queue");
  const placed = await placeOrder(documentClient, table, newBooksOrder);
  show("awaitingShipmentFrom", placed.order.awaitingShipmentFrom);

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

  step("The guarded ship refuses what it must");
  show("shipping it again", await markShipped(documentClient, table, "alan", "o-1008"));
  show("shipping an order that does not exist", await markShipped(documentClient, table, "alan", "o-0000"));
});
