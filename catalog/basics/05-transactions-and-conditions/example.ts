// Runs the transaction and conditional-write patterns step by step:
// `npx tsx catalog/basics/05-transactions-and-conditions/example.ts`.
// In process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../src/catalog/runtime/narrate.js";
import { entry } from "./entry.js";
import { getOrderWithProduct, placeOrder } from "./orders.js";
import { getProduct, registerProduct, updateProductPrice } from "./products.js";

/**
 * Shows each request as sent and each answer as received (document form), asking every request
 * for its consumed capacity; a refusal shows its exception and, for a transaction, its reasons.
 */
function narrateRequests(client: DynamoDBDocumentClient): void {
  type Args = { input: Record<string, unknown> };
  type Next = (args: Args) => Promise<{ output: object }>;
  const middleware = (next: Next, context: { commandName?: string }) => async (args: Args) => {
    args.input.ReturnConsumedCapacity ??= "TOTAL";
    show(`→ ${String(context.commandName).replace(/Command$/, "")}`, args.input);
    try {
      const result = await next(args);
      show("←", result.output);
      return result;
    } catch (error) {
      const { name, message, CancellationReasons } = error as Error & { CancellationReasons?: unknown };
      show(`← ${name}`, CancellationReasons ? { message, CancellationReasons } : message);
      throw error;
    }
  };
  client.middlewareStack.add(middleware as never, { step: "initialize", name: "narrateRequests" });
}

const connection = await connect();
try {
  await createModelTables(connection, entry.model);
  const seeded = await seedModel(connection, entry.model);
  const client = connection.documentClient;
  const table = connection.tableName("OrdersAndStock");
  show("seeded example items", seeded);
  narrateRequests(client);
  // Tokens are remembered per account for ten minutes: a fresh one per run keeps reruns independent.
  const checkoutToken = `checkout-o-1001-${randomUUID().slice(0, 8)}`;

  step("Conditional create: register a new product (attribute_not_exists)");
  show(
    "result",
    await registerProduct(client, table, { sku: "HS-03", name: "Headset", price: 59, stock: 10 }),
  );

  step("Conditional create refused: the SKU exists, and the stored item comes back with the refusal");
  show(
    "result",
    await registerProduct(client, table, { sku: "KB-01", name: "Imposter", price: 1, stock: 999 }),
  );

  step("Optimistic concurrency: two editors read version 1 of the keyboard");
  const alice = (await getProduct(client, table, "KB-01"))!;
  const bob = (await getProduct(client, table, "KB-01"))!;
  show("both hold version", [alice.version, bob.version]);

  step("Alice saves price 79 (version 1 → 2), then Bob saves price 85 based on version 1");
  show("Alice", await updateProductPrice(client, table, "KB-01", 79, alice.version));
  const refused = await updateProductPrice(client, table, "KB-01", 85, bob.version);
  show("Bob (lost update prevented)", refused);
  if (!refused.updated && refused.reason === "stale-version") {
    show(
      "Bob, after seeing Alice's change",
      await updateProductPrice(client, table, "KB-01", 85, refused.current.version),
    );
  }

  step("Place an order: customer active, 2 keyboards taken from stock, order created, in one transaction");
  const order = { orderId: "o-1001", customerId: "c-42", sku: "KB-01", quantity: 2 };
  show("result", await placeOrder(client, table, order, checkoutToken));

  step(
    "The client times out and retries with the same ClientRequestToken: no second order, no second decrement",
  );
  show("result", await placeOrder(client, table, order, checkoutToken));
  show("stock of KB-01 (5 - 2)", (await getProduct(client, table, "KB-01"))?.stock);

  step("The same token with a changed request (3 keyboards) is refused");
  show("result", await placeOrder(client, table, { ...order, quantity: 3 }, checkoutToken));

  step("Two mice when one is left: the stock condition cancels the whole transaction");
  const mice = { orderId: "o-1002", customerId: "c-42", sku: "MS-02", quantity: 2 };
  show("result", await placeOrder(client, table, mice, `checkout-o-1002-${randomUUID().slice(0, 8)}`));

  step("A suspended customer: the ConditionCheck fails, nothing is written");
  const suspended = { orderId: "o-1003", customerId: "c-77", sku: "KB-01", quantity: 1 };
  show("result", await placeOrder(client, table, suspended, `checkout-o-1003-${randomUUID().slice(0, 8)}`));

  step("TransactGetItems: the order and its product as of one instant");
  show("result", await getOrderWithProduct(client, table, "o-1001", "KB-01"));
} finally {
  connection.documentClient.middlewareStack.remove("narrateRequests");
  await dropModelTables(connection, entry.model);
  await connection.close();
}
