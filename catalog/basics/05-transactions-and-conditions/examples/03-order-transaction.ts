/**
 * TransactWriteItems across entities: an order and its stock written all or nothing, with CancellationReasons read on refusal.
 * One transaction checks that the customer is active (ConditionCheck), takes the stock
 * (`stock >= :quantity`) and creates the order (`attribute_not_exists`). Ordering more mice than
 * are left, or ordering as a suspended customer, cancels the whole transaction: nothing is written
 * and the positional CancellationReasons tell which action failed. TransactGetItems then reads the
 * order and its product as of one instant. Runs in process by default; set DYNAMODB_ENDPOINT to
 * use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";
import { checkoutToken } from "../checkout-token.js";
import { getOrderWithProduct, placeOrder } from "../orders.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("OrdersAndStock");
  narrateRequests(client);

  step("Place an order: customer active, 2 keyboards taken from stock, order created, in one transaction");
  const order = { orderId: "o-1001", customerId: "c-42", sku: "KB-01", quantity: 2 };
  show("result", await placeOrder(client, table, order, checkoutToken(order.orderId)));

  step("Two mice when one is left: the stock condition cancels the whole transaction");
  const mice = { orderId: "o-1002", customerId: "c-42", sku: "MS-02", quantity: 2 };
  show("result", await placeOrder(client, table, mice, checkoutToken(mice.orderId)));

  step("A suspended customer: the ConditionCheck fails, nothing is written");
  const suspended = { orderId: "o-1003", customerId: "c-77", sku: "KB-01", quantity: 1 };
  show("result", await placeOrder(client, table, suspended, checkoutToken(suspended.orderId)));

  step("TransactGetItems: the order and its product as of one instant");
  show("result", await getOrderWithProduct(client, table, "o-1001", "KB-01"));
});
