/**
 * Idempotency with ClientRequestToken: a retried checkout places one order and takes its stock once.
 * The client places an order, times out, and retries the same request with the same token:
 * DynamoDB answers the retry without writing again, so there is no second order and no second
 * decrement. The same token sent with a changed request is refused with
 * IdempotentParameterMismatchException. Runs in process by default; set DYNAMODB_ENDPOINT to use
 * a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";
import { checkoutToken } from "../checkout-token.js";
import { placeOrder } from "../orders.js";
import { getProduct } from "../products.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("OrdersAndStock");
  narrateRequests(client);
  const order = { orderId: "o-1001", customerId: "c-42", sku: "KB-01", quantity: 2 };
  const token = checkoutToken(order.orderId);

  step("Place an order for 2 keyboards with a ClientRequestToken");
  show("result", await placeOrder(client, table, order, token));

  step(
    "The client times out and retries with the same ClientRequestToken: no second order, no second decrement",
  );
  show("result", await placeOrder(client, table, order, token));
  show("stock of KB-01 (5 - 2)", (await getProduct(client, table, "KB-01"))?.stock);

  step("The same token with a changed request (3 keyboards) is refused");
  show("result", await placeOrder(client, table, { ...order, quantity: 3 }, token));
});
