/**
 * Optimistic concurrency: a version attribute stops the second of two editors from erasing the first one's change.
 * Alice and Bob both read version 1 of the keyboard; Alice's price change checks and bumps the
 * version, so Bob's change based on version 1 is refused and returns the current item, on top of
 * which he saves again. Runs in process by default; set DYNAMODB_ENDPOINT to use a server (see
 * HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";
import { getProduct, updateProductPrice } from "../products.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("OrdersAndStock");
  narrateRequests(client);

  step("Two editors read version 1 of the keyboard (strongly consistent reads)");
  const alice = (await getProduct(client, table, "KB-01"))!;
  const bob = (await getProduct(client, table, "KB-01"))!;
  show("both hold version", [alice.version, bob.version]);

  step("Alice saves price 79 (version 1 → 2), then Bob saves price 85 based on version 1");
  show("Alice", await updateProductPrice(client, table, "KB-01", 79, alice.version));
  const refused = await updateProductPrice(client, table, "KB-01", 85, bob.version);
  show("Bob (lost update prevented)", refused);
  if (refused.updated || refused.reason !== "stale-version") {
    throw new Error("Bob's save based on version 1 should have been refused as stale");
  }

  step("Bob sees Alice's change and saves again on top of version 2");
  show("Bob", await updateProductPrice(client, table, "KB-01", 85, refused.current.version));
});
