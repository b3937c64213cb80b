/**
 * Conditional create: PutItem with `attribute_not_exists(PK)` registers a product only if its SKU is new.
 * The first registration creates the item; registering an existing SKU is refused with
 * ConditionalCheckFailedException, nothing is replaced, and ReturnValuesOnConditionCheckFailure
 * hands back the stored item with the refusal at no extra read. Runs in process by default; set
 * DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";
import { getProduct, registerProduct } from "../products.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("OrdersAndStock");
  narrateRequests(client);

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

  step("The keyboard is untouched: the refused put replaced nothing");
  show("KB-01", await getProduct(client, table, "KB-01"));
});
